"""A demo vault holding an invented but realistic case, so a newcomer sees Dossier at work.

"Démo — harcèlement par Ombre": eighteen months of messages, e-mails, screenshots and
links from one harasser's accounts and two fake ones, rare at first, then more frequent,
more threatening and more nocturnal, with bursts around the incidents. Every name,
number and address is invented (example.net, a fiction-reserved phone number).

Items are written straight into the vault's tables in a few large transactions, without
the file pipeline, so that 50,000 items take seconds; each still has unique original
bytes with their true SHA-256, its text in the search index, and its custody entries,
so ``dossier check`` passes.
"""

from __future__ import annotations

import hashlib
import io
import math
import random
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime
from functools import cache
from pathlib import Path

import sqlcipher3
from PIL import Image, ImageDraw, ImageFont

from app.case import cases, incidents, people, tags
from app.common import dates
from app.importing.formats.base import CHAT_LINE, EMAIL_HEADER, FILENAME, THUMBNAIL_SIZE, WEB_PAGE
from app.vault import custody, keys
from app.vault.vault import Vault

PASSPHRASE = "demo"
CASE_NAME = "Démo — harcèlement par Ombre"
DAYS = 548  # eighteen months
BATCH = 5000  # items per transaction: large enough to be fast, small enough for memory
# Drawing a screenshot costs milliseconds; past this many, a big demo shows the same
# accounts' messages and links instead, which keeps 50,000 items to seconds.
MAX_SCREENSHOTS = 600

# key: (platform, handle, url, kinds with their weights, from when in the story (0..1))
ACCOUNTS = {
    "wa": ("WhatsApp", "+33 6 39 98 12 34", "", {"message": 1}, 0.0),
    "ig": ("Instagram", "@ombre.du.lac", "https://www.instagram.com/ombre.du.lac/",
           {"message": 8, "image": 1}, 0.08),
    "mail": ("E-mail", "ombre.du.lac@example.net", "", {"email": 1}, 0.2),
    "x": ("X", "@ombre_dulac", "https://x.com/ombre_dulac",
          {"message": 4, "image": 1, "link": 1}, 0.35),
    "fake_ig": ("Instagram", "@camille.la.vraie", "https://www.instagram.com/camille.la.vraie/",
                {"image": 1, "link": 1}, 0.44),
    "fake_x": ("X", "@lombre_revient", "https://x.com/lombre_revient",
               {"link": 3, "image": 2}, 0.7),
}
ACCOUNT_WEIGHTS = {"wa": 5, "ig": 3, "mail": 1, "x": 2, "fake_ig": 1.5, "fake_x": 1.5}
FAKE = ("fake_ig", "fake_x")
PLACES = ("à ton travail", "à la gare", "chez ta mère", "à la salle de sport",
          "à la boulangerie", "devant l'école de ton fils", "devant ton immeuble",
          "à la pharmacie", "sur le parking", "au marché")
DAYS_OF_WEEK = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# theme: (tag, how its weight moves from the start to the end of the story, sentences)
THEMES: dict[str, tuple[str, tuple[float, float], tuple[str, ...]]] = {
    "insistance": ("insistance", (6, 2), (
        "Réponds-moi.", "Pourquoi tu ne réponds pas ?", "Je vois que tu as lu mon message.",
        "Tu ne peux pas m'ignorer éternellement.", "Décroche, je sais que tu es là.",
        "J'ai essayé de t'appeler {n} fois ce soir.", "On doit parler, c'est important.",
        "Tu me dois une explication.", "Je ne lâcherai pas, tu le sais.")),
    "insulte": ("insulte", (2, 3), (
        "Tu n'es rien sans moi.", "Personne ne te croira.", "Tu es pathétique.",
        "Tout le monde sait qui tu es vraiment.", "Tu as tout gâché, comme d'habitude.",
        "Tu fais pitié à tes amis.")),
    "surveillance": ("surveillance", (0.5, 3), (
        "Tu étais {place} {day}, je t'ai vue.", "Tu es rentrée tard hier soir.",
        "Jolie veste aujourd'hui.", "Salue Léa de ma part.", "Je sais où tu habites.",
        "Tu as changé de trajet, ça ne sert à rien.", "Je te vois souvent {place}.")),
    "menace": ("menace", (0.2, 4), (
        "Tu vas le regretter.", "Fais attention en rentrant ce soir.",
        "Je t'attendrai {place}.", "Un jour tu paieras pour ce que tu m'as fait.",
        "Si tu portes plainte, tu le regretteras.", "Tu ne seras tranquille nulle part.")),
    "travail": ("travail", (0.3, 1.5), (
        "Ta responsable sera ravie d'apprendre qui tu es vraiment.",
        "J'ai écrit à ton travail, ils sauront tout.", "Tes collègues vont adorer tes photos.")),
    "famille": ("famille", (0.3, 1), (
        "Tes parents savent ce que tu fais ?", "Je vais parler à ta sœur.",
        "Ton fils mérite mieux que toi.")),
}
FAKE_POSTS = (
    "Voici la vraie Camille, celle que vous ne connaissez pas.", "Elle ment à tout le monde.",
    "Demandez-lui ce qu'elle faisait {day} soir.", "On la croise souvent {place}, méfiez-vous.",
    "Nouvelles révélations sur Camille M. bientôt.", "Partagez avant que ce soit supprimé.")
SUBJECTS = ("Il faut qu'on parle", "Tu ne m'échapperas pas", "Dernier avertissement",
            "Ta responsable", "Sans réponse de ta part", "Ce que tout le monde va savoir")
NIGHT_HOURS = (3, 3, 3, 2.5, 1, 0.5, 0.4, 0.8, 1, 0.8, 0.7, 0.7,
               0.8, 0.7, 0.7, 0.7, 0.8, 1, 1.3, 1.5, 1.8, 2.2, 2.8, 3)


@dataclass
class DemoSummary:
    path: Path
    case_id: int
    items: int
    seconds: float


@dataclass
class _Item:
    at: datetime
    account: str
    kind: str
    theme: str
    text: str
    name: str = ""
    title: str = ""
    url: str = ""
    source: str = CHAT_LINE
    data: bytes = b""
    fmt: tuple[str, str] = ("message", "text/plain")
    metadata: list[tuple[str, str]] = field(default_factory=list)
    thumbnail: bytes | None = None
    tags: list[str] = field(default_factory=list)


def create(path: Path, passphrase: str = PASSPHRASE, items: int = 300,
           kdf: keys.KdfSettings = keys.DEFAULT, now: datetime | None = None,
           seed: int = 2024) -> DemoSummary:
    """A new demo vault at ``path`` (an existing file is never replaced)."""
    started = time.perf_counter()
    now = now or dates.now()
    rng = random.Random(seed)
    with Vault.create(Path(path), passphrase, kdf) as vault:
        with vault.transaction() as db:
            case = cases.create(db, CASE_NAME)
            midnight = (now - timedelta(days=DAYS)).replace(hour=0, minute=0, second=0,
                                                            microsecond=0)
            story = _Story.write(db, case.id, _local(midnight))
        planned = _plan(rng, items, story.start, now)
        for first in range(0, len(planned), BATCH):
            with vault.transaction() as db:
                _insert(db, case.id, story, planned[first:first + BATCH], now)
    return DemoSummary(Path(path), case.id, len(planned), time.perf_counter() - started)


# -- the people, accounts, tags and incidents --------------------------------------------


@dataclass
class _Story:
    start: datetime
    accounts: dict[str, int]
    tags: dict[str, int]
    incidents: list[tuple[int, datetime, datetime, set[str]]]  # id, from, until, accounts
    linked: Counter[int] = field(default_factory=Counter)  # items tied to each incident

    @classmethod
    def write(cls, db: sqlcipher3.Connection, case_id: int, start: datetime) -> _Story:
        ombre = people.save_person(db, people.Person(
            None, case_id, "Ombre", "harasser",
            "Ex-compagnon. Nom inventé pour la démonstration."))
        people.save_person(db, people.Person(
            None, case_id, "Léa Roux", "witness", "Amie ; a vu plusieurs messages."))
        accounts = {key: people.save_account(db, people.Account(
            None, case_id, ombre, platform, handle, url))
            for key, (platform, handle, url, _kinds, _since) in ACCOUNTS.items()}
        names = sorted({tag for tag, _w, _s in THEMES.values()} | {"faux compte", "nuit"})
        found = {name: tags.find_or_create(db, case_id, name).id for name in names}
        story = cls(start, accounts, {k: v for k, v in found.items() if v is not None}, [])
        for spec in _INCIDENTS:
            story.incidents.append(story._incident(db, case_id, *spec))
        return story

    def _incident(self, db: sqlcipher3.Connection, case_id: int, title: str, at: float,
                  span_days: float, precision: str, platform: str, severity: int,
                  keys_: tuple[str, ...],
                  description: str) -> tuple[int, datetime, datetime, set[str]]:
        begin = _local(self.start + timedelta(days=at * DAYS))
        if precision != "exact":
            begin = begin.replace(hour=0, minute=0, second=0, microsecond=0)
        if precision == "month":
            begin = begin.replace(day=1)
        until = _local(begin + timedelta(days=span_days))
        if precision == "month":  # the whole calendar month, whatever its length
            until = _local((begin + timedelta(days=32)).replace(day=1))
        incident_id = incidents.save(db, incidents.Incident(
            None, case_id, title, description, dates.to_iso(begin),
            dates.to_iso(until) if precision in ("month", "approximate") else None,
            precision, platform, severity, dates.to_iso(dates.now())))
        incidents.set_accounts(db, incident_id, [self.accounts[k] for k in keys_])
        return incident_id, begin, until, set(keys_)


# title, when (0..1 of the story), span in days, precision, platform, severity, accounts
_INCIDENTS = (
    ("Premiers messages insistants après la rupture", 0.02, 31, "month", "WhatsApp", 1,
     ("wa",), "Des dizaines de messages par jour, à toute heure."),
    ("Appels masqués répétés", 0.3, 30, "month", "Téléphone", 2, (),
     "Appels depuis un numéro masqué, surtout la nuit ; pas de journal d'appels exporté."),
    ("Il m'attendait devant mon travail", 0.18, 1, "day", "WhatsApp", 2, ("wa",),
     "Message reçu le jour même où il était devant l'entrée, vu par Léa."),
    ("Création d'un faux compte Instagram à mon nom", 0.44, 20, "approximate", "Instagram", 3,
     ("fake_ig",), "Un compte avec mes photos publie des messages sur moi."),
    ("E-mail à ma responsable", 0.55, 1, "exact", "E-mail", 3, ("mail",),
     "Il a écrit à ma responsable ; elle m'a transféré le message."),
    ("Vague de messages toute une nuit", 0.62, 1, "exact", "WhatsApp", 3, ("wa", "ig"),
     "Plus de cent messages entre 22 h et 5 h."),
    ("Publication de mon adresse sur X", 0.78, 2, "exact", "X", 4, ("fake_x", "x"),
     "Le faux compte a publié le nom de ma rue et une photo de mon immeuble."),
    ("Menace de venir à mon domicile", 0.9, 1, "exact", "WhatsApp", 4, ("wa",),
     "« Je t'attendrai devant ton immeuble » ; plainte déposée le lendemain."),
)
# centre (0..1 of the story), width in days, height: the waves around the incidents
_BURSTS = ((0.03, 4, 2), (0.18, 2, 4), (0.45, 5, 3), (0.62, 0.8, 25), (0.78, 3, 8),
           (0.9, 1.5, 15))
LINKS_PER_INCIDENT = 30  # the pieces a person would pick to show what happened


# -- when, from whom, saying what ---------------------------------------------------------


def _plan(rng: random.Random, count: int, start: datetime, now: datetime) -> list[_Item]:
    """``count`` items over the story: rarer at first, in bursts, mostly at night."""
    weights = [_day_weight(day / DAYS) for day in range(DAYS)]
    days = rng.choices(range(DAYS), weights, k=count)
    hours = rng.choices(range(24), NIGHT_HOURS, k=count)
    moments = sorted(
        min(start + timedelta(days=d, hours=h, minutes=rng.randrange(60),
                              seconds=rng.randrange(60)), now - timedelta(minutes=5))
        for d, h in zip(days, hours, strict=True))
    seen: set[bytes] = set()
    planned: list[_Item] = []
    screenshots = 0
    for index, at in enumerate(moments, 1):
        progress = (at - start) / timedelta(days=DAYS)
        drawn = screenshots < MAX_SCREENSHOTS
        item = _item(rng, index, _local(at), progress, drawn)
        while item.data in seen:  # every original must be unique: draw again, a second on
            item = _item(rng, index, item.at + timedelta(seconds=1), progress, drawn)
        seen.add(item.data)
        screenshots += item.kind == "image"
        planned.append(item)
    return planned


def _day_weight(progress: float) -> float:
    escalation = 0.1 + 2.5 * progress ** 2
    bursts = sum(height * math.exp(-(((progress - centre) * DAYS) / width) ** 2)
                 for centre, width, height in _BURSTS)
    return escalation + bursts


def _local(moment: datetime) -> datetime:
    """The same wall-clock time with the offset in force that day (summer or winter)."""
    return dates.localize(moment.replace(tzinfo=None))


def _item(rng: random.Random, index: int, at: datetime, progress: float,
          screenshots: bool) -> _Item:
    open_accounts = [k for k, spec in ACCOUNTS.items() if spec[4] <= progress]
    account = rng.choices(open_accounts, [ACCOUNT_WEIGHTS[k] for k in open_accounts])[0]
    kinds = {k: w for k, w in ACCOUNTS[account][3].items() if screenshots or k != "image"}
    kind = rng.choices(list(kinds), list(kinds.values()))[0]
    theme = rng.choices(list(THEMES), [a + (b - a) * progress
                                       for a, b in (w for _t, w, _s in THEMES.values())])[0]
    pool = FAKE_POSTS if account in FAKE else THEMES[theme][2]
    text = rng.choice(pool).format(n=rng.randint(3, 40), place=rng.choice(PLACES),
                                   day=rng.choice(DAYS_OF_WEEK))
    item = _Item(at, account, kind, theme, text, tags=_tags(rng, account, theme, at))
    {"message": _message, "email": _email, "image": _screenshot, "link": _link}[kind](
        item, index, rng)
    return item


def _tags(rng: random.Random, account: str, theme: str, at: datetime) -> list[str]:
    """The tags a person would have put on it: not on everything, as in a real case."""
    found = ["faux compte"] if account in FAKE else []
    if rng.random() < 0.5:
        found.append(THEMES[theme][0])
    if at.hour < 5 and rng.random() < 0.5:
        found.append("nuit")
    return found


def _message(item: _Item, index: int, _rng: random.Random) -> None:
    platform, handle = ACCOUNTS[item.account][:2]
    if platform == "WhatsApp":
        line = f"{item.at:%d/%m/%Y %H:%M:%S} - Ombre: {item.text}\n"
    else:
        line = f"{platform} — message de {handle}\n{dates.to_iso(item.at)}\n\n{item.text}\n"
    item.name, item.data = f"message {index}", line.encode()
    item.metadata = [("message.author", "Ombre"), ("message.account", handle)]


def _email(item: _Item, index: int, rng: random.Random) -> None:
    subject = rng.choice(SUBJECTS)
    body = f"Camille,\n\n{item.text}\n\nTu sais très bien pourquoi je t'écris.\n"
    ip = f"198.51.100.{rng.randrange(1, 255)}"
    headers = {"From": "Ombre <ombre.du.lac@example.net>",
               "To": "Camille Martin <camille.martin@example.fr>", "Subject": subject,
               "Date": format_datetime(item.at),
               "Message-ID": f"<{item.at:%Y%m%d%H%M%S}.{index}@example.net>"}
    raw = (f"Received: from [192.168.1.20] (unknown [{ip}]) by smtp.example.net; "
           f"{headers['Date']}\n" + "".join(f"{k}: {v}\n" for k, v in headers.items())
           + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
           "Content-Transfer-Encoding: 8bit\n\n" + body)
    item.name, item.title, item.data = f"courriel_{item.at:%Y-%m-%d_%H%M%S}.eml", subject, \
        raw.encode()
    item.text, item.source, item.fmt = f"{body}", EMAIL_HEADER, ("eml", "message/rfc822")
    item.metadata = [(f"email.{k.lower().replace('-', '_')}", v) for k, v in headers.items()]
    item.metadata.append(("email.originating_ip", ip))


def _link(item: _Item, index: int, _rng: random.Random) -> None:
    platform, handle, profile = ACCOUNTS[item.account][:3]
    post = f"{profile.rstrip('/')}/{'status' if platform == 'X' else 'p'}/{index:08d}"
    item.url, item.title = post, f"Publication de {handle}"
    item.name, item.data = post.split("://", 1)[1], post.encode()
    item.text, item.source = f"{item.title}\n{post}\n{item.text}", WEB_PAGE
    item.fmt = ("link", "text/uri-list")
    item.metadata = [("link.url", post), ("web.platform", platform)]


@cache
def _font() -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=15)


def _screenshot(item: _Item, _index: int, _rng: random.Random) -> None:
    """A phone screenshot of the message or post, as the victim would have taken it."""
    platform, handle = ACCOUNTS[item.account][:2]
    image = Image.new("RGB", (480, 260), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 480, 44), fill="#f2f2f2")
    draw.text((14, 13), f"{platform}  {handle}  · {item.at:%d/%m/%Y %H:%M}", font=_font(),
              fill="#333333")
    draw.rounded_rectangle((14, 64, 466, 200), radius=14, fill="#e9eef5")
    draw.multiline_text((28, 80), _wrap(item.text, 48), font=_font(), fill="#111111", spacing=6)
    item.data, item.thumbnail = _png(image), _png(_thumbnail(image))
    item.name = f"Screenshot_{item.at:%Y%m%d-%H%M%S}_{platform}.png"
    item.source, item.fmt = FILENAME, ("png", "image/png")
    item.metadata = [("image.format", "PNG"), ("image.width", "480"), ("image.height", "260")]


def _wrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) >= width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def _thumbnail(image: Image.Image) -> Image.Image:
    small = image.copy()
    small.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
    return small


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


# -- writing, a batch at a time ------------------------------------------------------------


def _insert(db: sqlcipher3.Connection, case_id: int, story: _Story, batch: list[_Item],
            now: datetime) -> None:
    first_blob = (db.execute("SELECT coalesce(max(id), 0) FROM blobs").fetchone()[0]) + 1
    first_item = (db.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()[0]) + 1
    imported = dates.to_iso(now)
    rows = list(_rows(case_id, batch, first_blob, first_item, imported))
    db.executemany("INSERT INTO blobs(id, sha256, size) VALUES (?, ?, ?)",
                   [(r.blob_id, r.sha256, len(r.item.data)) for r in rows])
    db.executemany("INSERT INTO chunks(blob_id, seq, data) VALUES (?, 0, ?)",
                   [(r.blob_id, r.item.data) for r in rows])
    db.executemany(
        "INSERT INTO items(id, case_id, blob_id, kind, format, mime, original_name,"
        " captured_at, captured_at_source, imported_at, title, platform, url)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [r.item_row for r in rows])
    db.executemany("INSERT INTO metadata(item_id, key, value) VALUES (?, ?, ?)",
                   [(r.item_id, k, v) for r in rows for k, v in r.item.metadata])
    db.executemany("INSERT INTO texts VALUES (?, ?)", [(r.item_id, r.item.text) for r in rows])
    db.executemany("INSERT INTO thumbnails VALUES (?, ?)",
                   [(r.item_id, r.item.thumbnail) for r in rows if r.item.thumbnail])
    db.executemany("INSERT INTO search(rowid, name, title, description, body)"
                   " VALUES (?, ?, ?, '', ?)",
                   [(r.item_id, r.item.name, r.item.title, r.item.text) for r in rows])
    for row in rows:
        custody.append(db, custody.IMPORTED, case_id=case_id, item_id=row.item_id,
                       sha256=row.sha256, details={
                           "name": row.item.name, "size": len(row.item.data),
                           "kind": row.item.kind, "parent_id": None, "generated": "demo"})
    _link_all(db, case_id, story, rows)


@dataclass
class _Row:
    item: _Item
    item_id: int
    blob_id: int
    sha256: str
    item_row: tuple[object, ...]


def _rows(case_id: int, batch: list[_Item], first_blob: int, first_item: int,
          imported: str) -> Iterator[_Row]:
    for offset, item in enumerate(batch):
        kind = "web" if item.kind == "link" else item.kind
        platform = ACCOUNTS[item.account][0]
        row = (first_item + offset, case_id, first_blob + offset, kind, item.fmt[0],
               item.fmt[1], item.name, dates.to_iso(item.at), item.source, imported,
               item.title, platform, item.url)
        yield _Row(item, first_item + offset, first_blob + offset,
                   hashlib.sha256(item.data).hexdigest(), row)


def _link_all(db: sqlcipher3.Connection, case_id: int, story: _Story, rows: list[_Row]) -> None:
    links: list[tuple[str, int, int]] = []
    for row in rows:
        item = row.item
        links.append(("account", row.item_id, story.accounts[item.account]))
        links += [("tag", row.item_id, story.tags[name]) for name in item.tags]
        for incident_id, begin, until, accounts in story.incidents:
            if (item.account in accounts and begin <= item.at < until
                    and story.linked[incident_id] < LINKS_PER_INCIDENT):
                story.linked[incident_id] += 1
                links.append(("incident", row.item_id, incident_id))
    tables = {"account": "item_accounts(item_id, account_id)",
              "tag": "item_tags(item_id, tag_id)",
              "incident": "incident_items(item_id, incident_id)"}
    for target, table in tables.items():
        db.executemany(f"INSERT INTO {table} VALUES (?, ?)",
                       [(item_id, other) for kind, item_id, other in links if kind == target])
    for target, item_id, other in links:
        custody.append(db, custody.LINKED, case_id=case_id, item_id=item_id,
                       details={"to": target, "id": other})
