"""Where the major platforms take a notice of illegal content, kept as offline text.

Dossier makes no network call, so it cannot look these up: they are printed as written
here (help-centre pages as known in November 2026) and the notice says to check them.
Each platform's app also offers, in a post's or a profile's menu ("…" then "Report"), an
option for content that is illegal under the law of the European Union or of a member
state; that is where a notice under Article 16 of the Digital Services Act is made.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntryPoint:
    name: str  # as the notice names the platform
    aliases: tuple[str, ...]  # other spellings item.platform may hold, casefolded
    help_page: str  # printed only, never opened


ENTRY_POINTS = (
    EntryPoint("Instagram", ("instagram",), "https://help.instagram.com/"),
    EntryPoint("Facebook", ("facebook",), "https://www.facebook.com/help/"),
    EntryPoint("X", ("x", "twitter"), "https://help.x.com/"),
    EntryPoint("TikTok", ("tiktok",), "https://support.tiktok.com/"),
    EntryPoint("Snapchat", ("snapchat",), "https://help.snapchat.com/"),
    EntryPoint("YouTube", ("youtube",), "https://support.google.com/youtube/"),
    EntryPoint("Discord", ("discord",), "https://support.discord.com/"),
    EntryPoint("Telegram", ("telegram",), "https://telegram.org/faq"),
)


def entry_point(platform: str) -> EntryPoint | None:
    """The entry point of ``platform`` as the evidence spells it, or None if unknown."""
    wanted = platform.strip().casefold()
    return next((e for e in ENTRY_POINTS if wanted in e.aliases), None)
