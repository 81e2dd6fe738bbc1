"""What people receive and keep as text: e-mails, chat exports, an SMS backup, a saved web
page, a voicemail recording and a diary note."""

from __future__ import annotations

import base64
import io
import math
import struct
import wave

from tests.samples.folder import Folder
from tests.samples.pictures import png, screenshot

# Three hops, newest first as servers prepend them; the last one names the sender's own
# machine (198.51.100.23), the address a complaint to the provider needs.
THREAT_HEADERS = """\
Return-Path: <ombre.du.lac@example.net>
Received: from mx1.example.fr (mx1.example.fr [203.0.113.10])
\tby imap.example.fr with LMTP; Wed, 04 Nov 2026 23:12:09 +0100
Received: from smtp.example.net (smtp.example.net [198.51.100.7])
\tby mx1.example.fr (Postfix) with ESMTPS id 4QX1
\tfor <camille.martin@example.fr>; Wed, 04 Nov 2026 23:12:08 +0100 (CET)
Received: from [192.168.1.23] (unknown [198.51.100.23])
\tby smtp.example.net (Postfix) with ESMTPSA id 9F2A1
\tfor <camille.martin@example.fr>; Wed, 04 Nov 2026 23:12:06 +0100 (CET)
From: "Ombre" <ombre.du.lac@example.net>
To: Camille Martin <camille.martin@example.fr>
Subject: =?utf-8?q?Tu_ne_m=27=C3=A9chapperas_pas?=
Date: Wed, 04 Nov 2026 23:12:05 +0100
Message-ID: <20261104221205.1234@example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Camille,
Tu as cru pouvoir m'=C3=A9chapper en changeant de num=C3=A9ro.
Regarde la pi=C3=A8ce jointe, je sais o=C3=B9 tu travailles.

--b1
Content-Type: image/png; name="capture.png"
Content-Disposition: attachment; filename="capture.png"
Content-Transfer-Encoding: base64

"""
PHISHING = """\
Received: from relay.example.org (relay.example.org [203.0.113.77])
\tby mx1.example.fr (Postfix) with ESMTPS id 77AB
\tfor <camille.martin@example.fr>; Wed, 11 Nov 2026 07:59:40 +0100 (CET)
X-Originating-IP: [198.51.100.99]
From: Service Client <no-reply@banque-example.org>
To: camille.martin@example.fr
Subject: Votre compte
Date: Wed, 11 Nov 2026 07:59:31 +0100
Message-ID: <abc-77@banque-example.org>
MIME-Version: 1.0
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

<html><body><p>Quelqu'un a demandé la réinitialisation de votre mot de passe.</p></body></html>
"""
# French export: a system notice first, a message on two lines, a media placeholder and a
# deleted-message marker.
WHATSAPP_FR = """\
05/11/2026 22:41 - Les messages et les appels sont chiffrés de bout en bout. Personne en \
dehors de ce chat, pas même WhatsApp, ne peut les lire ou les écouter.
05/11/2026 22:41 - Ombre: Tu crois que tu peux m'ignorer ?
05/11/2026 22:43 - Ombre: <Médias omis>
05/11/2026 22:44 - Camille: Arrête de m'écrire.
06/11/2026 01:12 - Ombre: Je passe devant chez toi demain
et je verrai bien si tu es là
06/11/2026 01:13 - Ombre: Ce message a été supprimé
"""
WHATSAPP_US = """\
11/7/26, 10:02 PM - Messages and calls are end-to-end encrypted. No one outside of this \
chat, not even WhatsApp, can read or listen to them.
11/7/26, 10:02 PM - Shadow: answer me
11/7/26, 10:05 PM - Shadow: I know you read it
11/8/26, 12:30 AM - Camille: Leave me alone.
"""
# The epoch `date` attributes fall in 2025 while `readable_date` says 2026, a year apart:
# kept on purpose. The importer records the conflict and dates each message as the phone
# showed it (2026-11-10), as the extra corpus has always done.
SMS = """\
<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="3" backup_set="a1" backup_date="1762934400000" type="full">
  <sms protocol="0" address="+33612345678" date="1762808400000" type="1" \
body="Tu vas le regretter." read="1" readable_date="10 nov. 2026 22:00:00" \
contact_name="(Unknown)" />
  <sms protocol="0" address="+33612345678" date="1762808460000" type="1" body="Réponds." \
read="1" readable_date="10 nov. 2026 22:01:00" contact_name="(Unknown)" />
  <sms protocol="0" address="+33612345678" date="1762808700000" type="2" \
body="Ne me contacte plus." read="1" readable_date="10 nov. 2026 22:05:00" \
contact_name="(Unknown)" />
</smses>
"""
WEB_PAGE = """\
<!DOCTYPE html>
<!-- saved from url=(0039)https://social.example.com/@ombre_du_lac -->
<html lang="fr"><head><meta charset="utf-8"><title>ombre_du_lac (@ombre_du_lac) · Social\
</title></head>
<body><h1>@ombre_du_lac</h1><article><time datetime="2026-11-06T20:10:00+01:00">6 nov.</time>\
<p>Quelqu'un connaît la nouvelle adresse de C. M. ? Je paie bien.</p></article></body></html>
"""
JOURNAL = """\
3 novembre 2026 : voiture taguée sur le parking du travail.
5 novembre 2026 : messages WhatsApp en pleine nuit.
9 novembre 2026 : il dit m'avoir vue au marché.
"""


def write(folder: Folder) -> None:
    folder.put("email/menace_2026-11-04.eml", threat())
    # The body's bytes are UTF-8 although the header says Latin-1, as careless senders do.
    folder.put("email/faux_compte_2026-11-11.eml", crlf(PHISHING.encode()))
    folder.put("chat/Discussion WhatsApp avec Ombre.txt", WHATSAPP_FR.encode())
    folder.put("chat/WhatsApp Chat with Shadow.txt", WHATSAPP_US.encode())
    folder.put("chat/sms-20261112.xml", SMS.encode())
    folder.put("web/profil_ombre_du_lac.html", WEB_PAGE.encode())
    folder.put("notes/journal.txt", JOURNAL.encode())
    folder.put("audio/messagerie_2026-11-07_2215.wav", voicemail())


def threat() -> bytes:
    """The threatening e-mail, with a small screenshot attached as capture.png."""
    attachment = base64.encodebytes(png(screenshot("Maps", "Bureau", size=(240, 120))))
    return crlf(THREAT_HEADERS.encode() + attachment + b"\n--b1--\n")


def crlf(text: bytes) -> bytes:
    """Mail travels with CRLF line ends, and saved messages keep them."""
    return text.replace(b"\n", b"\r\n")


def voicemail(seconds: int = 2, rate: int = 8000) -> bytes:
    """A 2 s, 8 kHz mono voicemail: a tone that fades, like a call cut short."""
    frames = b"".join(
        struct.pack("<h", int(8000 * (1 - n / (seconds * rate)) * math.sin(n * 0.2)))
        for n in range(seconds * rate))
    out = io.BytesIO()
    with wave.open(out, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(rate)
        recording.writeframes(frames)
    return out.getvalue()
