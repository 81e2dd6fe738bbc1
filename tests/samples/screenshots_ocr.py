"""Chat screenshots for measuring OCR: phone-sized (1080×2340), light and dark, French and
English, with accents, numbers, handles and URLs. Each comes with the exact text drawn on
it, line by line, so that a test can compute the character error rate of a reading."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from app.export.report.document import font_file

SIZE = (1080, 2340)


@dataclass(frozen=True)
class Theme:
    background: str
    header: str
    ink: str
    theirs: str
    mine: str
    mine_ink: str
    faint: str


LIGHT = Theme("#ffffff", "#f2f2f2", "#111111", "#e9e9eb", "#3478f6", "#ffffff", "#6b6b6b")
DARK = Theme("#000000", "#1c1c1e", "#f2f2f2", "#262629", "#0a84ff", "#ffffff", "#9a9a9a")


@dataclass(frozen=True)
class Chat:
    """One conversation as the phone showed it: who, which app, and its bubbles, each
    ``(mine, text)``; ``header`` is the contact line under the app's name."""

    name: str
    app: str
    header: str
    time: str
    bubbles: tuple[tuple[bool, str], ...]
    theme: Theme = LIGHT


CHATS = (
    Chat("instagram_fr_light", "Instagram", "@ombre_du_lac", "14:32", (
        (False, "Tu crois que je vais t'oublier ?"),
        (False, "Je sais où tu travailles, rue de la Gare."),
        (True, "Arrête de m'écrire, s'il te plaît."),
        (False, "Ça ne fait que commencer. Réponds !"),
        (False, "Mon numéro : 06 12 34 56 78"),
        (True, "Je vais porter plainte."),
        (False, "Vas-y, ça m'est égal. À très vite."),
        (False, "Regarde https://exemple.fr/photos"),
    )),
    Chat("whatsapp_fr_dark", "WhatsApp", "Camille M. +33 6 98 76 54 32", "21:07", (
        (False, "Tu as été vue hier soir à 23h15."),
        (False, "Où étais-tu ? Réponds-moi."),
        (True, "Ce n'est pas tes affaires."),
        (False, "Tout le monde le saura bientôt."),
        (False, "Écris-moi à camille.m@exemple.fr"),
        (True, "Laisse-moi tranquille."),
        (False, "Le cœur n'y est plus ? Dommage."),
        (False, "Je t'ai vue près de l'hôpital à 8h."),
    ), DARK),
    Chat("messenger_en_light", "Messenger", "Jordan Blake", "9:41", (
        (False, "You thought I would forget?"),
        (False, "I know where you live now."),
        (True, "Please stop messaging me."),
        (False, "Check twitter.com/shadow_lake_99"),
        (False, "Call me back on 07700 900123"),
        (True, "I have reported your account."),
        (False, "Everyone will see the photos."),
        (False, "Meet me at 6:30 PM, you know where."),
    )),
    Chat("x_en_dark", "X", "@shadow_lake_99", "23:58", (
        (False, "Nobody believes you anyway."),
        (False, "I saved all 37 of your pictures."),
        (True, "This is harassment."),
        (False, "Prove it. Send proof to me@shadow.net"),
        (False, "See www.example.org/you"),
        (True, "I will go to the police."),
        (False, "Go ahead, it won't change a thing."),
        (False, "Tomorrow, 12/11/2026, you'll see."),
    ), DARK),
)


def lines_of(chat: Chat) -> list[str]:
    """Every line drawn on the screenshot, top to bottom."""
    return [chat.time, chat.app, chat.header, *(text for _mine, text in chat.bubbles)]


def draw(chat: Chat) -> Image.Image:
    """The screenshot: status bar, the app's header with the contact, the bubbles."""
    theme = chat.theme
    image = Image.new("RGB", SIZE, theme.background)
    pen = ImageDraw.Draw(image)
    regular, bold = _font("DejaVuSans.ttf", 44), _font("DejaVuSans-Bold.ttf", 52)
    pen.text((60, 40), chat.time, font=_font("DejaVuSans-Bold.ttf", 40), fill=theme.ink)
    pen.rectangle((0, 120, SIZE[0], 380), fill=theme.header)
    pen.text((60, 160), chat.app, font=bold, fill=theme.ink)
    pen.text((60, 260), chat.header, font=regular, fill=theme.faint)
    top = 460
    for mine, text in chat.bubbles:
        width = int(pen.textlength(text, font=regular))
        left = SIZE[0] - width - 120 if mine else 60
        pen.rounded_rectangle((left - 30, top - 24, left + width + 30, top + 80), radius=40,
                              fill=theme.mine if mine else theme.theirs)
        pen.text((left, top), text, font=regular,
                 fill=theme.mine_ink if mine else theme.ink)
        top += 210
    return image


def cropped(chat: Chat, height: int = 1200) -> Image.Image:
    """The screenshot's top part only (its first four bubbles): read in a few seconds."""
    return draw(chat).crop((0, 0, SIZE[0], height))


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file(name)), size)


def character_error_rate(expected: str, read: str) -> float:
    """Edits (insertions, deletions, substitutions) to turn ``read`` into ``expected``,
    per character of ``expected``: the usual CER, on the lines joined by newlines."""
    previous = list(range(len(read) + 1))
    for i, wanted in enumerate(expected, 1):
        current = [i]
        for j, got in enumerate(read, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (wanted != got)))
        previous = current
    return previous[-1] / max(1, len(expected))


def without_accents(text: str) -> str:
    """The text with its accents dropped and œ spelled oe: what search compares."""
    plain = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE"))
    return "".join(char for char in plain if not unicodedata.combining(char))


def scanned_pdf(chats: tuple[Chat, ...]) -> bytes:
    """A PDF of these screenshots as its pages, pictures only: no text layer, as a scanner
    or a "print to PDF" of a photo makes it."""
    out = io.BytesIO()
    first, *others = [draw(chat) for chat in chats]
    first.save(out, "PDF", resolution=200, save_all=True, append_images=others)
    return out.getvalue()
