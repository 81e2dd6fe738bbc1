"""E-mails keep what the receiving servers concluded about the sender (issue #13):
Authentication-Results, Received-SPF, DKIM-Signature's d= and s=, ARC-*; and name the
header their client IP came from."""

from __future__ import annotations

from pathlib import Path

from app.importing.formats import mail
from app.importing.formats.base import Extraction, Source

SIGNED = """\
Received: from mx.example.fr by imap.example.fr; Wed, 04 Nov 2026 23:12:09 +0100
Received: from out.example.net (out.example.net [198.51.100.7]) by mx.example.fr;
\tWed, 04 Nov 2026 23:12:08 +0100
Received: from [10.0.0.2] (unknown [198.51.100.23]) by out.example.net;
\tWed, 04 Nov 2026 23:12:06 +0100
ARC-Seal: i=1; a=rsa-sha256; t=1793830328; cv=none; d=example.fr; s=arc1; b=AbC
ARC-Authentication-Results: i=1; mx.example.fr; spf=pass smtp.mailfrom=example.net
Authentication-Results: mx.example.fr; spf=pass smtp.mailfrom=example.net;
\tdkim=pass header.d=example.net; dmarc=pass
Received-SPF: pass (mx.example.fr: domain of example.net designates 198.51.100.7)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net;
\ts=mail2026; h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
\tb=dGVzdA==
From: Ombre <ombre.du.lac@example.net>
Subject: test
Date: Wed, 04 Nov 2026 23:12:05 +0100
"""


def _read(headers: str) -> Extraction:
    data = (headers.replace("\n", "\r\n") + "\r\nhello\r\n").encode()
    return mail.read(Source.from_bytes("signed.eml", data))


def _values(found: Extraction, key: str) -> list[str]:
    return [value for name, value in found.metadata if name == key]


def test_authentication_results_are_kept() -> None:
    found = _read(SIGNED)
    [results] = _values(found, "email.authentication_results")
    assert "dkim=pass header.d=example.net" in results
    assert "dmarc=pass" in results
    assert _values(found, "email.received_spf")[0].startswith("pass (mx.example.fr")
    assert _values(found, "email.dkim") == ["d=example.net; s=mail2026"]
    arc = _values(found, "email.arc")
    assert arc[0].startswith("arc-seal: i=1;")
    assert arc[1].startswith("arc-authentication-results: i=1;")


def test_the_client_ip_names_its_received_hop() -> None:
    found = _read(SIGNED)
    assert _values(found, "email.originating_ip") == ["198.51.100.23"]
    assert _values(found, "email.ip_source") == ["received:1"]
    second = _read(SIGNED.replace("[198.51.100.23]", "[10.0.0.3]").replace(
        "[10.0.0.2]", "localhost"))
    assert _values(second, "email.ip_source") == ["received:1"]  # private, still the client
    third = _read(SIGNED.replace("Received: from [10.0.0.2] (unknown [198.51.100.23]) by "
                                 "out.example.net;\n\tWed, 04 Nov 2026 23:12:06 +0100\n", ""))
    assert _values(third, "email.originating_ip") == ["198.51.100.7"]
    assert _values(third, "email.ip_source") == ["received:1"]


def test_x_originating_ip_is_named_as_such(corpus: Path) -> None:
    path = corpus / "email" / "faux_compte_2026-11-11.eml"
    found = mail.read(Source.from_bytes(path.name, path.read_bytes()))
    assert _values(found, "email.ip_source") == ["x-originating-ip"]
    menace = corpus / "email" / "menace_2026-11-04.eml"
    hops = mail.read(Source.from_bytes(menace.name, menace.read_bytes()))
    assert _values(hops, "email.ip_source") == ["received:1"]


def test_a_second_hop_is_numbered_when_the_first_names_no_client() -> None:
    found = _read(SIGNED.replace("Received: from [10.0.0.2] (unknown [198.51.100.23]) by",
                                 "Received: by"))
    assert _values(found, "email.originating_ip") == ["198.51.100.7"]
    assert _values(found, "email.ip_source") == ["received:2"]
