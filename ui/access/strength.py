"""How hard a passphrase is to guess, shown as a coloured bar and plain words (zxcvbn).

zxcvbn scores from 0 (guessed at once) to 4 (very hard). Its advice comes in English;
each sentence it can say is listed here for translation, and anything else is replaced
by a short general hint rather than shown untranslated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.common.texts import QT_TRANSLATE_NOOP  # Qt's stub says it returns object

CONTEXT = "StrengthMeter"  # spelled out in each call below: lupdate reads literals only
FAIR = 2  # the least a vault passphrase may score: it protects evidence
_MAX_LENGTH = 72  # zxcvbn refuses longer input; the first 72 characters decide anyway
_WORDS = (
    QT_TRANSLATE_NOOP("StrengthMeter", "Very weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Fair"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Good"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Strong"),
)
_COLOURS = ("#c62828", "#e65100", "#f9a825", "#2e7d32", "#1b5e20")
_GENERAL_HINT = QT_TRANSLATE_NOOP(
    "StrengthMeter", "Use a few words that are not a phrase, a name or a date you are known for.")
# Every sentence zxcvbn 4.x can give as a warning or a suggestion.
_ADVICE = frozenset((
    QT_TRANSLATE_NOOP("StrengthMeter", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("StrengthMeter", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("StrengthMeter", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "StrengthMeter", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    QT_TRANSLATE_NOOP("StrengthMeter", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("StrengthMeter", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("StrengthMeter", "Avoid sequences."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Avoid recent years."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("StrengthMeter", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("StrengthMeter", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("StrengthMeter", "This is a very common password."),
    QT_TRANSLATE_NOOP("StrengthMeter", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("StrengthMeter", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("StrengthMeter", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("StrengthMeter", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "StrengthMeter", "Predictable substitutions like '@' instead of 'a' don't help very much."),
))


@dataclass(frozen=True)
class Strength:
    """zxcvbn's verdict: a score from 0 to 4 and its advice, in English."""

    score: int
    advice: list[str] = field(default_factory=list)

    @property
    def acceptable(self) -> bool:
        return self.score >= FAIR


def estimate(passphrase: str, known_words: tuple[str, ...] = ("dossier",)) -> Strength:
    """How hard ``passphrase`` is to guess; words the attacker knows count for little."""
    if not passphrase:
        return Strength(0)
    # Imported at the first keystroke, not before the window shows: its word lists take
    # longer to load than the window takes to appear.
    import zxcvbn

    result = zxcvbn.zxcvbn(passphrase[:_MAX_LENGTH], user_inputs=list(known_words))
    feedback = result["feedback"]
    advice = [feedback["warning"]] if feedback["warning"] else []
    return Strength(int(result["score"]), advice + list(feedback["suggestions"]))


def advice_text(strength: Strength) -> str:
    """The advice in the user's language, or a general hint for anything unlisted."""
    if strength.acceptable and not strength.advice:
        return ""
    known = [line for line in strength.advice if line in _ADVICE]
    lines = known if known and len(known) == len(strength.advice) else [_GENERAL_HINT]
    return " ".join(QCoreApplication.translate(CONTEXT, line) for line in lines)


class StrengthMeter(QWidget):
    """A bar with the strength in words and advice below; empty until something is typed."""

    changed = Signal(int)  # the new score, 0 to 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strength = Strength(0)
        self._typed = False
        self.bar = QProgressBar(maximum=4, textVisible=False)
        self.bar.setFixedHeight(self.fontMetrics().height() // 2)
        self.word = QLabel()
        self.advice = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.word)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.advice)
        self._show()

    @property
    def score(self) -> int:
        return self.strength.score

    def set_passphrase(self, passphrase: str) -> None:
        self._typed = bool(passphrase)
        self.strength = estimate(passphrase)
        self._show()
        self.changed.emit(self.strength.score)

    def words(self) -> str:
        """The strength in plain words, as shown."""
        return QCoreApplication.translate(CONTEXT, _WORDS[self.strength.score])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def _show(self) -> None:
        score = self.strength.score
        self.bar.setValue(score + 1 if self._typed else 0)
        self.bar.setMaximum(len(_WORDS))
        palette = self.bar.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(_COLOURS[score]))
        self.bar.setPalette(palette)
        words = self.words() if self._typed else ""
        self.word.setText(words)
        self.advice.setText(advice_text(self.strength) if self._typed else "")
        self.advice.setVisible(bool(self.advice.text()))
        label = QCoreApplication.translate("StrengthMeter", "Passphrase strength")
        self.bar.setAccessibleName(label)
        self.bar.setAccessibleDescription(words)
