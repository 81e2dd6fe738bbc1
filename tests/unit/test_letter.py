"""The draft complaint letter to the procureur and the wizard's prefilled summary, built
from a real vault of corpus files; the .docx checked with python-docx and ``unzip -t``."""

from __future__ import annotations

import getpass
import io
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import pytest

from app.analysis import statistics
from app.case import cases, incidents, links, listing, people
from app.export import letter, options, summary
from app.export.options import Filer, Letter, Scope
from app.export.plan import Plan, build
from app.importing.pipeline import Importer
from app.vault.vault import Vault
from tests.cli.conftest import PASSPHRASE, make_vault
from tests.conftest import CORPUS

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=PARIS)
FILES = ("email/menace_2026-11-04.eml", "screenshots/Screenshot_20261105-143012_Instagram.png",
         "web/profil_ombre_du_lac.html", "chat/Discussion WhatsApp avec Ombre.txt",
         "chat/sms-20261112.xml", "screenshots/Capture d'écran 2026-11-08 231502.png")
LONE = "Capture d'écran 2026-11-08 231502.png"  # tied to no account and no incident
CAMILLE = Filer("Camille Martin", "camille.martin@example.org", "12 rue des Lilas\n69003 Lyon")
# title, occurred_at, occurred_until, precision, platform, shown by, qualification
INCIDENTS = (
    ("Menace par e-mail", "2026-11-04T23:12:05+01:00", None, "exact", "E-mail",
     ("menace_2026-11-04.eml",), "menaces"),
    ("Faux profil", "2026-11-01T00:00:00+01:00", "2026-11-08T23:59:59+01:00", "approximate",
     "Instagram", ("Screenshot_20261105-143012_Instagram.png", "profil_ombre_du_lac.html"),
     "usurpation-identite"),
    ("Appels masqués", "2026-10-01T00:00:00+02:00", "2026-10-31T23:59:59+01:00", "month",
     "Téléphone", (), ""),
)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    assert CORPUS.is_dir(), f"the sample corpus is missing at {CORPUS}"
    path = make_vault(tmp_path_factory.mktemp("letter") / "case.dossier")
    vault = Vault.unlock(path, PASSPHRASE)
    with vault.transaction() as db:
        case = cases.create(db, "Affaire Martin")
        cases.create(db, "Dossier vide")
    for outcome in Importer(vault, case.id).run([CORPUS / name for name in FILES]):
        assert outcome.status == "stored", outcome.reason
    with vault.transaction() as db:
        items = {row.name: row.id for row in listing.rows(db, case.id)}
        # Only identifiers tied to a harasser are the author's (issue #13).
        person = people.save_person(db, people.Person(None, case.id, "Ombre"))
        ombre = people.save_account(db, people.Account(None, case.id, person, "Instagram",
                                                       "ombre_du_lac"))
        for platform, handle in (("E-mail", "ombre.du.lac@example.net"),
                                 ("SMS", "+33612345678")):
            people.save_account(db, people.Account(None, case.id, person, platform, handle))
        links.link(db, items["Screenshot_20261105-143012_Instagram.png"], "account", ombre)
        for title, when, until, precision, platform, shown, chosen in INCIDENTS:
            incident = incidents.save(db, incidents.Incident(
                None, case.id, title, "", when, until, precision, platform, 2,
                qualification=chosen))
            for name in shown:
                links.link(db, items[name], "incident", incident)
            if title == "Faux profil":
                incidents.set_accounts(db, incident, [ombre])
    yield vault
    vault.close()


def _case(vault: Vault, name: str = "Affaire Martin") -> int:
    return next(case.id for case in cases.all_cases(vault.db) if case.name == name)


def _plan(vault: Vault, scope: Scope | None = None, **chosen: object) -> Plan:
    chosen.setdefault("filer", CAMILLE)
    wanted = options.for_recipient(scope or Scope(_case(vault)), "police", **chosen)
    return build(vault.db, wanted, PARIS, NOW)


def _text(blocks: list[letter.Block]) -> str:
    """The letter as one string, no-break spaces read as spaces."""
    return "\n".join(text for _style, text in blocks).replace("\u00a0", " ")


def _lone_item(vault: Vault) -> int:
    return next(row.id for row in listing.rows(vault.db, _case(vault)) if row.name == LONE)


def test_the_letter_follows_service_public_f1524(vault: Vault) -> None:
    plan = _plan(vault, letter=Letter(place="Lyon"))
    blocks = letter.compose(plan)
    assert {style for style, _text in blocks} <= set(letter.STYLES)
    text = _text(blocks)
    order = ["Camille Martin\n12 rue des Lilas\n69003 Lyon\ncamille.martin@example.org",
             "Monsieur ou Madame le Procureur de la République\nTribunal judiciaire de [ville]",
             "À Lyon, le 30 novembre 2026",
             "Objet : plainte pour usurpation d'identité et menaces",
             "Je soussigné(e) Camille Martin", "demeurant 12 rue des Lilas, 69003 Lyon",
             "joignable à l'adresse camille.martin@example.org", "Les faits",
             "Ces faits me paraissent constituer", "L'auteur des faits", "Témoins", "Le préjudice subi", "Les pièces jointes",
             "m'informer des suites", ("Je vous prie d'agréer, Monsieur ou Madame le "
             "Procureur de la République, l'expression de ma considération distinguée.")]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert blocks[-1] == ("signature", "Camille Martin")
    assert "contre X" not in text


def test_every_incident_is_told_with_its_date_place_and_exhibits(vault: Vault) -> None:
    plan = _plan(vault)
    told = [text.replace("\u00a0", " ") for style, text in letter.compose(plan)
            if style == "list" and not text.startswith("Pièce")]
    numbers = {e.label: e.number for e in plan.all_exhibits()}
    threat = f"pièce n° {numbers[plan.chronology[2].exhibits[0]]}"
    assert told[:3] == [
        "En octobre 2026 (Téléphone) : Appels masqués.",
        ("Entre le 1er novembre 2026 et le 8 novembre 2026 (Instagram) : Faux profil. "
         "Comptes en cause : ombre_du_lac (Instagram) (pièces n° 2 et 4)."),
        f"Le 4 novembre 2026 à 23 h 12 (UTC+01:00) (E-mail) : Menace par e-mail ({threat}).",
    ]
    text = _text(letter.compose(plan))
    assert "j'ai relevé" in text
    assert f"{plan.statistics.total} actes distincts" in text


def test_the_author_is_named_by_the_identifiers_found(vault: Vault) -> None:
    text = _text(letter.compose(_plan(vault)))
    assert "Je porte plainte contre la ou les personnes utilisant" in text
    for found in ("le compte « ombre_du_lac » (Instagram ; pièce n° 2)",
                  "l'adresse e-mail ombre.du.lac@example.net (pièce n° 1)",
                  "le numéro de téléphone +33612345678", "l'adresse IP 198.51.100.23",
                  "réquisitions"):
        assert found in text
    assert "https://social.example.com" not in text  # URLs stay in the report


def test_every_exhibit_is_listed_with_its_number_and_title(vault: Vault) -> None:
    plan = _plan(vault)
    text = _text(letter.compose(plan))
    for exhibit in plan.all_exhibits():
        assert f"Pièce n° {exhibit.number} : {exhibit.title}" in text
    assert "Pièce n° 1-1 : capture.png, 4 novembre 2026" in text


def test_a_long_list_of_exhibits_points_to_the_bordereau(vault: Vault) -> None:
    plan = _plan(vault)
    many = replace(plan, exhibits=plan.exhibits * 7)
    count = len(many.all_exhibits())
    assert count > letter.MAX_LISTED
    text = _text(letter.compose(many))
    assert f"voir le bordereau joint ({count} pièces)" in text
    assert "Pièce n° 1 :" not in text


def test_what_the_user_gave_replaces_the_placeholders(vault: Vault) -> None:
    given = Letter(place="Villeurbanne", witnesses="Mme Alix Durand, 3 place Bellecour, Lyon.",
                   harm="je ne dors plus et j'ai dû cesser de travailler deux semaines.")
    text = _text(letter.compose(_plan(vault, letter=given)))
    assert "À Villeurbanne, le 30 novembre 2026" in text
    assert "témoigner de ces faits : Mme Alix Durand, 3 place Bellecour, Lyon." in text
    assert "dégradé mes conditions de vie : je ne dors plus" in text
    assert "[Noms et coordonnées" not in text
    assert "[Décrivez le préjudice" not in text


def test_with_nobody_named_the_letter_is_against_x_with_placeholders(vault: Vault) -> None:
    scope = Scope(_case(vault), item_ids=frozenset({_lone_item(vault)}))
    plan = _plan(vault, scope, filer=Filer())
    assert plan.identifiers == ()
    assert plan.chronology == ()
    blocks = letter.compose(plan)
    text = _text(blocks)
    assert "je porte plainte contre X" in text
    for placeholder in ("[Vos nom et prénom]", "[Votre adresse]", "[ville]",
                        "[Noms et coordonnées des éventuels témoins",
                        "[Décrivez le préjudice subi"):
        assert placeholder in text
    # No incident: the facts come from the figures, one act on one day.
    assert "Le 8 novembre 2026, j'ai relevé un acte me visant." in text
    assert blocks[-1] == ("signature", "[Vos nom et prénom]")


def test_personal_details_left_out_when_the_user_said_so(vault: Vault) -> None:
    text = _text(letter.compose(_plan(vault, include_personal=False)))
    assert "Camille" not in text
    assert "[Vos nom et prénom]" in text


def test_an_empty_case_gives_a_letter_to_fill_in(vault: Vault) -> None:
    plan = _plan(vault, Scope(_case(vault, "Dossier vide")), filer=Filer())
    text = _text(letter.compose(plan))
    assert "[Décrivez ici, avec vos mots, les faits" in text
    assert "[Énumérez les pièces jointes" in text
    assert "contre X" in text
    assert summary.prefill(plan).replace("\u00a0", " ") == (
        "Auteur : non identifié.\nAucun acte daté n'a encore été relevé.")


def test_the_english_letter_is_still_addressed_to_the_procureur(vault: Vault) -> None:
    plan = _plan(vault, language="en", letter=Letter(place="Lyon"))
    text = _text(letter.compose(plan))
    for part in ("To the Public Prosecutor (Procureur de la République)",
                 "Judicial Court (Tribunal judiciaire) of [town]", "Lyon, 30 November 2026",
                 "Subject: complaint for identity theft and threats",
                 ("threats (an offence under French law: articles 222-17 et 222-18 du Code "
                  "pénal)"), "I, the undersigned Camille",
                 "On 4 November 2026 at 23:12 (UTC+01:00) (E-mail): Menace par e-mail",
                 "the account “ombre_du_lac” (Instagram; exhibit 2)",
                 "Exhibit 1-1: capture.png, 4 November 2026", "Yours faithfully,"):
        assert part in text
    assert "Monsieur" not in text
    assert "pièce" not in text
    scope = Scope(_case(vault), item_ids=frozenset({_lone_item(vault)}))
    alone = _text(letter.compose(_plan(vault, scope, language="en", filer=Filer())))
    assert "against a person or persons unknown (contre X)" in alone
    assert "[Your full name]" in alone


def _write(plan: Plan, folder: Path) -> Path:
    path = folder / letter.FILE_NAMES[plan.options.language]
    with path.open("wb") as out:
        letter.write_docx(plan, out)
    return path


def test_the_docx_opens_in_python_docx_and_passes_unzip(vault: Vault, tmp_path: Path) -> None:
    plan = _plan(vault, letter=Letter(place="Lyon"))
    path = _write(plan, tmp_path)
    assert path.name == "Lettre-au-procureur.docx"
    tested = subprocess.run(["unzip", "-t", str(path)], capture_output=True, check=False)
    assert tested.returncode == 0, tested.stdout
    document = docx.Document(str(path))
    read = "\n".join(p.text for p in document.paragraphs).replace("\u00a0", " ")
    assert read == _text(letter.compose(plan))  # the same letter, line breaks kept
    properties = document.core_properties
    assert properties.title.startswith("Plainte – lettre au procureur")
    assert properties.author == properties.last_modified_by == "Camille Martin"
    assert properties.comments == ""
    assert properties.language == "fr-FR"
    assert properties.created == NOW
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    with zipfile.ZipFile(path) as bundle:
        body = bundle.read("word/document.xml").decode()
        every = b"".join(bundle.read(name) for name in bundle.namelist())
    assert "Camille Martin" in body
    assert "Procureur de la République" in body
    assert str(tmp_path).encode() not in every
    assert str(Path.home()).encode() not in every
    assert b"python-docx" not in every


def test_an_anonymous_docx_has_no_author_not_even_the_os_user(vault: Vault,
                                                              tmp_path: Path) -> None:
    plan = _plan(vault, filer=Filer(), language="en")
    path = _write(plan, tmp_path)
    assert path.name == "Letter-to-the-prosecutor.docx"
    properties = docx.Document(str(path)).core_properties
    assert properties.author == ""
    assert properties.last_modified_by == ""
    assert properties.language == "en-GB"
    assert properties.title
    with zipfile.ZipFile(path) as bundle:
        core = bundle.read("docProps/core.xml").decode()
        body = bundle.read("word/document.xml").decode()
    assert f">{getpass.getuser()}<" not in core
    assert "[Your full name]" in body


class _WriteOnly:
    """A stream that can only be written, as the bundle's hashing stream."""

    def __init__(self) -> None:
        self.written = io.BytesIO()

    def write(self, data: bytes) -> int:
        return self.written.write(data)

    def flush(self) -> None:
        pass


def test_write_docx_needs_no_seeking(vault: Vault) -> None:
    out = _WriteOnly()
    letter.write_docx(_plan(vault), out)  # type: ignore[arg-type]
    with zipfile.ZipFile(out.written) as written:
        assert written.testzip() is None
    assert "Camille Martin" in docx.Document(out.written).core_properties.author


def test_the_summary_says_who_since_when_how_often_and_each_incident(vault: Vault) -> None:
    plan = _plan(vault)
    text = summary.prefill(plan).replace("\u00a0", " ")
    total = plan.statistics.total
    lines = text.splitlines()
    assert lines[0] == ("Comptes et coordonnées en cause : ombre_du_lac (Instagram), "
                        "ombre.du.lac@example.net, +33612345678.")
    assert lines[1].startswith(f"Depuis le 4 novembre 2026 : {total} actes relevés, "
                               "le dernier le 10 novembre 2026, soit environ ")
    assert lines[2].startswith("Plateformes : WhatsApp (")
    assert lines[-3:] == [
        "- en octobre 2026 : Appels masqués",
        "- entre le 1er novembre 2026 et le 8 novembre 2026 : Faux profil (pièces n° 2 et 4)",
        "- le 4 novembre 2026 à 23 h 12 (UTC+01:00) : Menace par e-mail (pièce n° 1)",
    ]
    english = summary.prefill(replace(plan, options=replace(plan.options, language="en")))
    assert f"{total} acts recorded" in english
    for title, *_rest in INCIDENTS:
        assert title in text
        assert title in english
    assert "- on 4 November 2026 at 23:12 (UTC+01:00): Menace par e-mail (exhibit 1)" in english


@pytest.mark.parametrize(("precision", "start", "until", "french", "english"), [
    ("exact", "2026-11-05T09:05:00+01:00", None, "le 5 novembre 2026 à 09 h 05 (UTC+01:00)",
     "on 5 November 2026 at 09:05 (UTC+01:00)"),
    ("day", "2026-03-01T00:00:00+01:00", None, "le 1er mars 2026", "on 1 March 2026"),
    ("month", "2026-03-01T00:00:00+01:00", "2026-03-31T23:59:59+02:00", "en mars 2026",
     "in March 2026"),
    ("month", "2026-03-01T00:00:00+01:00", "2026-05-31T23:59:59+02:00",
     "entre mars 2026 et mai 2026", "between March 2026 and May 2026"),
    ("approximate", "2026-11-20T00:00:00+01:00", None, "vers le 20 novembre 2026",
     "around 20 November 2026"),
    ("approximate", "2026-12-28T00:00:00+01:00", "2027-01-03T23:59:59+01:00",
     "entre le 28 décembre 2026 et le 3 janvier 2027",
     "between 28 December 2026 and 3 January 2027"),
    ("exact", None, None, "à une date inconnue", "on an unknown date"),
])
def test_incident_dates_are_written_as_precisely_as_known(
        precision: str, start: str | None, until: str | None, french: str,
        english: str) -> None:
    incident = incidents.Incident(None, 1, "x", "", start, until, precision)
    assert summary.incident_when(incident, PARIS, "fr").replace("\u00a0", " ") == french
    assert summary.incident_when(incident, PARIS, "en") == english


def test_many_identifiers_are_capped_and_point_to_the_report(vault: Vault) -> None:
    plan = _plan(vault)
    crowded = replace(plan, identifiers=plan.identifiers * 10)
    authors = [i for i in crowded.identifiers if i.kind in letter.AUTHOR_KINDS]
    text = _text(letter.compose(crowded))
    assert text.count("le numéro de téléphone +33612345678") == 5  # 20 of 40 listed
    assert f"ainsi que {len(authors) - letter.MAX_AUTHORS} autres identifiants" in text
    first = summary.prefill(crowded).splitlines()[0]
    assert first.endswith(f" et {30 - summary.MAX_WHO} autres.")


def test_the_summary_states_a_trend_when_there_is_one(vault: Vault) -> None:
    plan = _plan(vault)
    assert "Tendance" not in summary.prefill(plan)  # a week of acts: too little to say
    rising = statistics.Trend(statistics.ESCALATING, 0.5, 3.25, 1.0)
    figures = replace(plan.statistics, trend=rising)
    text = summary.prefill(replace(plan, statistics=figures)).replace("\u00a0", " ")
    assert ("Tendance : en hausse (3,2 par semaine ces 4 dernières semaines, contre 1 "
            "auparavant).") in text.splitlines()
    english = replace(plan, statistics=figures, options=replace(plan.options, language="en"))
    assert "Trend: rising (3.2 a week over the last 4 weeks, against 1 before)." in (
        summary.prefill(english))


def test_the_letter_cites_the_texts_of_the_chosen_qualifications(vault: Vault) -> None:
    blocks = letter.compose(_plan(vault))
    offences = [text.replace("\u00a0", " ") for style, text in blocks
                if style == "list" and "prévus et réprimés" in text]
    assert offences == [
        "usurpation d'identité (faits prévus et réprimés par l'article 226-4-1 du Code pénal)",
        "menaces (faits prévus et réprimés par les articles 222-17 et 222-18 du Code pénal)"]
    text = _text(blocks)
    assert "222-33-2-2" not in text  # harassment was not chosen, so it is not assumed
    assert "Ces propos et comportements sont répétés" not in text
    assert "qualification pénale" not in text


def test_without_a_qualification_the_procureur_is_asked_to_qualify(vault: Vault) -> None:
    scope = Scope(_case(vault), item_ids=frozenset({_lone_item(vault)}))
    text = _text(letter.compose(_plan(vault, scope)))
    assert "Objet : plainte pour des faits commis en ligne" in text
    assert ("Je vous demande de bien vouloir donner à ces faits la qualification pénale qui "
            "leur convient.") in text
    assert "222-33-2-2" not in text
    assert "harcèlement" not in text


def test_harassment_chosen_cites_222_33_2_2_and_the_repetition(vault: Vault) -> None:
    plan = _plan(vault)
    entry = plan.chronology[0]
    harassed = replace(entry, incident=replace(entry.incident,
                                               qualification="harcelement-moral"))
    text = _text(letter.compose(replace(plan, chronology=(harassed, *plan.chronology[1:]))))
    assert "plainte pour harcèlement moral, usurpation d'identité et menaces" in text
    assert "par l'article 222-33-2-2 du Code pénal" in text
    assert "Ces propos et comportements sont répétés" in text


def test_the_civil_party_sentence_is_offered_then_made(vault: Vault) -> None:
    offered = _text(letter.compose(_plan(vault)))
    assert ("[Si vous souhaitez obtenir réparation, gardez la phrase suivante ; sinon, "
            "supprimez-la.] Je déclare me constituer partie civile") in offered
    made = _text(letter.compose(_plan(vault, letter=Letter(civil_party=True))))
    assert ("Je déclare me constituer partie civile et entends demander réparation de mon "
            "préjudice.") in made
    assert "[Si vous souhaitez obtenir réparation" not in made


def test_a_further_complaint_cites_the_earlier_one(vault: Vault) -> None:
    earlier = Letter(earlier_date="2026-10-15", earlier_place="commissariat de Lyon 3e")
    text = _text(letter.compose(_plan(vault, letter=earlier)))
    assert "Objet : plainte complémentaire pour usurpation d'identité et menaces" in text
    assert ("La présente plainte complète celle que j'ai déposée le 15 octobre 2026 (lieu du "
            "dépôt : commissariat de Lyon 3e)") in text
    no_place = _text(letter.compose(_plan(vault, letter=Letter(earlier_date="2026-10-15"))))
    assert "(lieu du dépôt : [le commissariat, la brigade de gendarmerie" in no_place
    assert "plainte complémentaire" not in _text(letter.compose(_plan(vault)))


def test_the_docx_shows_the_prompt_and_the_cited_articles(vault: Vault, tmp_path: Path) -> None:
    scope = Scope(_case(vault), item_ids=frozenset({_lone_item(vault)}))
    bare = docx.Document(str(_write(_plan(vault, scope), tmp_path)))
    bare_text = "\n".join(p.text for p in bare.paragraphs).replace("\u00a0", " ")
    assert "[Décrivez ici, avec vos mots, les faits" in bare_text
    (tmp_path / "full").mkdir()
    full = docx.Document(str(_write(_plan(vault), tmp_path / "full")))
    cited = [p.text for p in full.paragraphs if "prévus et réprimés" in p.text]
    assert [p.style.name for p in full.paragraphs if p.text in cited] == ["List Bullet"] * 2
    assert "l'article 226-4-1 du Code pénal" in cited[0]
    assert "les articles 222-17 et 222-18 du Code pénal" in cited[1]
    assert full.core_properties.subject == "Objet\u00a0: plainte pour usurpation d'identité " \
                                           "et menaces"


@pytest.mark.parametrize(("precision", "start", "end", "expected"), [
    ("approximate", "2026-02-02T00:00:00+01:00", "2026-02-22T23:59:59+01:00",
     "entre le 2 février 2026 et le 22 février 2026"),
    ("month", "2025-06-01T00:00:00+02:00", "2025-07-31T23:59:59+02:00",
     "entre juin 2025 et juillet 2025"),
    ("approximate", "2026-02-10T00:00:00+01:00", None, "vers le 10 février 2026"),
])
def test_an_incident_is_dated_in_the_same_words_everywhere(
        vault: Vault, precision: str, start: str, end: str | None, expected: str) -> None:
    from app.export.report import facts as report_facts

    plan = _plan(vault)
    entry = plan.chronology[0]
    incident = replace(entry.incident, precision=precision, occurred_at=start,
                       occurred_until=end)
    said = summary.incident_when(incident, PARIS, "fr")
    assert said == expected
    assert report_facts.incident_when(plan, incident) == said[:1].upper() + said[1:]
    moved = replace(plan, chronology=(replace(entry, incident=incident),))
    told = next(t for s, t in letter.compose(moved) if s == "list")
    assert told.startswith(said[:1].upper() + said[1:])


def test_custody_json_carries_the_whole_chain_so_a_removed_entry_shows(vault: Vault) -> None:
    import json

    from app.export import manifest
    from app.vault import custody

    plan = _plan(vault)
    log = custody.entries(vault.db)
    entries = json.loads(manifest.custody_json(manifest.custody_entries(plan, log)))["entries"]
    case = _case(vault)
    first_of_case = next(e for e in log if e.case_id == case)
    assert entries[0]["id"] == first_of_case.id
    assert entries[0]["action"] == "case_created"
    assert entries[-1]["id"] == log[-1].id
    assert [e["id"] for e in entries] == [e.id for e in log if e.id >= first_of_case.id]
    assert len(entries) > len(plan.custody)  # more than the exported items' own entries
    assert {"described", "linked"} <= {e.get("action") for e in entries}
    other = [e for e in entries if e.get("other_case")]
    assert [set(e) for e in other] == [{"id", "other_case", "prev_hash", "entry_hash"}]
    assert manifest.chain_breaks(entries) == []
    removed = entries[:5] + entries[6:]
    assert manifest.chain_breaks(removed) == [entries[6]["id"]]
    edited = [dict(e) for e in entries]
    edited[3]["details"] = {**edited[3]["details"], "name": "autre"}
    assert manifest.chain_breaks(edited) == [entries[3]["id"]]
