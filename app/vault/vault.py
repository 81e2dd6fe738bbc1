"""The encrypted case file: create, unlock, lock, change passphrase, back up, check.

One SQLCipher 4 file holds everything (DESIGN.md, "The vault"), encrypted with a random
master key kept wrapped in the small keyring file beside it (keyring.py). A ``Vault`` owns
the one connection to it; whoever holds the ``Vault`` is the only writer, and another
process that tries to open the same file is told it is in use.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, Self

import sqlcipher3

from app.common import dates, errors
from app.common.texts import QT_TRANSLATE_NOOP, Text
from app.vault import attempts, custody, damage, keyring, keys, last_seen, plain_files, schema
from app.vault import originals as originals_store

# Re-exported (its old home, where callers import it from); it moved so that the window can
# know the default place without loading the vault's code.
from app.vault.place import default_path as default_path  # noqa: PLC0414
from app.vault.recovery_key import RecoveryKey

# Chosen by measurement (tests/bench/bench_import.py --storage, README "Performance"):
# 64 KiB pages and HMAC-SHA256 store large originals about twice as fast as SQLCipher 4's
# defaults (4 KiB, HMAC-SHA512); TRUNCATE journaling writes appended pages once where WAL
# writes them twice. keys.py ties these settings to the file's storage profile.
STORAGE = {
    "cipher_page_size": "16384",
    "cipher_hmac_algorithm": "HMAC_SHA256",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA256",
}
# cipher_memory_security stays OFF: Python keeps its own copies of every value it reads,
# which no SQLCipher setting can wipe, so zeroing SQLCipher's buffers would cost much of
# the import speed for little real protection. Core dumps are disabled instead.
CONNECTION = {
    "cipher_memory_security": "OFF",
    "temp_store": "MEMORY",
    "foreign_keys": "ON",
    "locking_mode": "EXCLUSIVE",
    "journal_mode": "TRUNCATE",
    "synchronous": "FULL",
    "busy_timeout": "1000",
}
BUSY_SECONDS = 1.0  # how long a second opener waits before it is told "in use"
APPLICATION = "dossier"
RECOVERY_KEY_MADE = "recovery_key_made"  # setting: when the current recovery key was made


class WrongRecoveryKey(errors.VaultError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "This recovery key does not open the vault (it may have been replaced "
                    "by a newer one). Nothing was changed.")))


class NoKeyring(errors.VaultError):
    """A backup or kept copy: its key is its passphrase's, with no keyring to change."""

    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "This file has no recovery key: it opens with its passphrase only (a "
                    "backup, a kept copy, or a vault not yet opened by this version of "
                    "Dossier).")))


@dataclass(frozen=True)
class PassphraseLock:
    """What the passphrase derives (``key`` from ``salt``) and, for a vault with a
    keyring, the keyring that key unwraps; for a backup the key is the pages' key."""

    key: bytes
    salt: keys.Salt
    ring: keyring.Keyring | None = None


@dataclass
class CheckReport:
    """What ``Vault.check`` found; ``problems`` is empty when all is well. Each problem is
    a sentence for the person (English here, translated by the app), with its specifics."""

    items: int
    originals: int
    custody_entries: int
    problems: list[Text]

    @property
    def ok(self) -> bool:
        return not self.problems


class Vault:
    """An unlocked vault. Use ``Vault.create`` or ``Vault.unlock``; ``close`` locks it."""

    by_passphrase: PassphraseLock

    def __init__(self, path: Path, db: sqlcipher3.Connection, key: bytes,
                 salt: keys.Salt) -> None:
        self.path = path
        self.db = db
        # The pages' key and salt, for copies; SQLCipher holds them too.
        self._key = key
        self._salt = salt
        # The passphrase's key: backups made without the passphrase at hand are encrypted
        # with it, and a passphrase change rewraps the master key in ``by_passphrase.ring``.
        self.by_passphrase = PassphraseLock(key, salt)
        # Wrong passphrases tried since the last unlock (UTC times), for the owner to see.
        self.failed_unlocks: list[str] = []
        # The owner's vault in place (not a backup being checked): its position is kept
        # in the user's settings (last_seen), unless it was found older than that.
        self.tracked = False
        self.older: last_seen.Older | None = None

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, kdf: keys.KdfSettings = keys.DEFAULT) -> Vault:
        """A new, empty vault at ``path``, readable by its owner only."""
        path = Path(path)
        if path.exists():
            raise errors.VaultExists(path)
        with errors.os_errors():
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        salt, master = keys.Salt.new(profile=keys.WRAPPED), os.urandom(keyring.MASTER_SIZE)
        lock = _lock_for(passphrase, master, kdf)
        try:
            assert lock.ring is not None
            keyring.write(keyring.file_for(path), lock.ring, master, salt)
            vault = cls._open(path, master, salt)
            vault.by_passphrase = lock
            vault._initialise()
            vault.tracked = True
        except BaseException:
            path.unlink(missing_ok=True)
            keyring.file_for(path).unlink(missing_ok=True)
            raise
        return vault

    @classmethod
    def unlock(cls, path: Path, passphrase: str, count_failures: bool = True) -> Vault:
        """Open an existing vault; raises a ``VaultError`` that says what went wrong.

        Every face of Dossier unlocks here, so this is where a wrong passphrase is counted
        (``app.vault.attempts``) and where the count moves into the custody log once the right
        one is given. ``count_failures=False`` is for a file that is not the user's vault
        in place, such as a backup being checked before a restore."""
        path = Path(path)
        salt = damage.read_salt(path)
        if salt.profile == keys.PASSPHRASE_KEYED:  # a backup, or a vault made before keyrings
            lock = PassphraseLock(damage.derive(passphrase, salt), salt)
            master: bytes | None = lock.key
        else:
            lock, master = _unwrap_with_passphrase(path, salt, passphrase)
            if master is None:
                _refuse(path, count_failures, errors.WrongPassphrase())
        assert master is not None
        vault = cls._open_verified(path, master, salt, count_failures)
        vault.by_passphrase = lock
        try:
            with damage.unopenable():
                vault._migrate()
                if count_failures and vault.by_passphrase.ring is None:
                    vault._wrap_keys(passphrase)
            vault._settle_in(count_failures)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def recover(cls, path: Path, recovery: RecoveryKey, new_passphrase: str,
                kdf: keys.KdfSettings = keys.DEFAULT) -> Vault:
        """Open the vault with its recovery key and give it ``new_passphrase``: the former
        passphrase opens it no more. A wrong key is counted as a failed unlock."""
        path = Path(path)
        salt = damage.read_salt(path)
        if salt.profile != keys.WRAPPED:
            raise NoKeyring()
        unwrapped = keyring.unwrap(path, salt,
                                   lambda ring: ring.unwrap_with_recovery(recovery.secret))
        if unwrapped is None:
            _refuse(path, True, WrongRecoveryKey())
        assert unwrapped is not None
        vault = cls._open_verified(path, unwrapped.master, salt, True)
        try:
            vault.require_writable()
            with _db_errors():
                if schema.version(vault.db) > schema.LATEST:  # refused before any change
                    raise errors.NewerVault()
            # The new passphrase first: a schema upgrade's copy is encrypted with its key.
            vault.by_passphrase = PassphraseLock(b"", salt, unwrapped.ring)
            vault._rewrap(new_passphrase, kdf)
            with damage.unopenable():
                vault._migrate()
            vault._log_passphrase_change(custody.RECOVERED, kdf)
            vault._settle_in(True)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _open_verified(cls, path: Path, key: bytes, salt: keys.Salt,
                       count_failures: bool) -> Vault:
        """Open with ``key``; a refusal is called damage when the key fits the later
        pages, else counted as a failed unlock."""
        try:
            with damage.unopenable():
                return cls._open(path, key, salt)
        except errors.WrongPassphrase as error:
            if damage.key_fits_later_pages(path, key, salt):
                raise damage.FirstPageDamaged() from None
            _refuse(path, count_failures, error)

    def _settle_in(self, count_failures: bool) -> None:
        if count_failures:
            self.failed_unlocks = attempts.move_to_custody(self)
            self._compare_with_last_seen()

    @classmethod
    def _open(cls, path: Path, key: bytes, salt: keys.Salt) -> Vault:
        with _db_errors():
            db = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True,
                                 timeout=BUSY_SECONDS)
        vault = cls(path, db, key, salt)
        try:
            with _db_errors():
                vault._configure()
                vault._take_lock()
        except BaseException:
            db.close()
            raise
        return vault

    def _compare_with_last_seen(self) -> None:
        """Notice a vault put back older than the newest this computer saw; until the
        owner restores a backup on purpose, the older state is not taken as the newest."""
        self.tracked = True
        with contextlib.suppress(errors.VaultError), self.transaction() as db:
            last_seen.ensure_secret(db)  # a vault from before gets it at its first unlock
        try:
            self.older = last_seen.compare(self.db, self.path)
        except sqlcipher3.Error:
            return  # a damaged history: the unlock goes on, so that a check can say where
        if self.older is None:
            self.remember_position()

    def remember_position(self) -> None:
        """Keep this vault's custody position as the newest seen here."""
        with contextlib.suppress(sqlcipher3.Error):
            last_seen.remember(self.db, self.path)

    def position_record(self, place: Path) -> tuple[str, dict[str, Any]]:
        """This vault's position as the vault at ``place``, for ``last_seen.keep`` once a
        restore has put it there."""
        return last_seen.record_for(self.db, place)

    def _configure(self) -> None:
        self.db.execute("PRAGMA cipher_log_level = NONE")  # no SQLCipher chatter on stderr
        self.db.execute(f"PRAGMA key = {keys.key_pragma_value(self._key, self._salt)}")
        for name, value in {**STORAGE, **CONNECTION}.items():
            self.db.execute(f"PRAGMA {name} = {value}")

    def _take_lock(self) -> None:
        # The first real read proves the key; the empty write transaction takes the
        # exclusive lock now, so a second process is told "in use" at once, not later.
        self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("COMMIT")

    def _initialise(self) -> None:
        schema.migrate(self.db)
        with self.transaction():
            self.db.execute("INSERT INTO settings VALUES ('application', ?)", (APPLICATION,))
            last_seen.ensure_secret(self.db)
            custody.append(self.db, custody.CREATED, details={"schema": schema.LATEST})

    def _migrate(self) -> None:
        with _db_errors():
            if self.setting("application") != APPLICATION:
                raise errors.NotAVault(self.path)
            current = schema.version(self.db)
        if current > schema.LATEST:
            raise errors.NewerVault()
        if current == schema.LATEST:
            return
        self.backup(self.path.with_name(f"{self.path.name}.before-v{schema.LATEST}.bak"))
        with _db_errors():
            applied = schema.migrate(self.db)
            with self.transaction():
                custody.append(self.db, custody.MIGRATED, details={"versions": applied})

    # -- using -----------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One all-or-nothing unit of work; user-level failures become ``VaultError``.

        Inside another transaction it is a savepoint: it still succeeds or fails as a
        whole, and the outer transaction decides when everything is committed."""
        with self._damage_not_read_only(), _db_errors(), errors.os_errors():
            nested = self.db.in_transaction
            self.db.execute("SAVEPOINT unit" if nested else "BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                # After a full disk or I/O error SQLite may already have rolled back.
                if self.db.in_transaction:
                    self._undo(nested)
                raise
            self.db.execute("RELEASE unit" if nested else "COMMIT")

    @contextmanager
    def _damage_not_read_only(self) -> Iterator[None]:
        # SQLCipher refuses writes to a file whose pages fail their check with "read-only";
        # when the file itself accepts writes, the truth is that the vault is damaged.
        try:
            yield
        except errors.ReadOnly:
            if damage.file_writable(self.path):
                raise errors.Damaged() from None
            raise

    def _undo(self, nested: bool) -> None:
        if nested:
            self.db.execute("ROLLBACK TO unit")
            self.db.execute("RELEASE unit")
        else:
            self.db.execute("ROLLBACK")

    def setting(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        """Lock the vault: the connection and its key are gone."""
        if self.tracked and self.older is None:
            self.remember_position()
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- care ------------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, kdf: keys.KdfSettings = keys.DEFAULT) -> None:
        """Rewrap the master key for ``new_passphrase``, with a new salt and current KDF
        settings: one key derivation and a rename, whatever the vault's size. A backup or
        kept copy, which has no keyring, is re-encrypted whole instead."""
        self.require_writable()
        if self.by_passphrase.ring is None:
            self._rekey_copy(new_passphrase, kdf)
        else:
            self._rewrap(new_passphrase, kdf)
        self._log_passphrase_change(custody.PASSPHRASE_CHANGED, kdf)

    def _rewrap(self, new_passphrase: str, kdf: keys.KdfSettings) -> None:
        assert self.by_passphrase.ring is not None
        salt = keys.Salt.new(kdf)
        key = keys.derive(new_passphrase, salt)
        ring = self.by_passphrase.ring.with_passphrase(self._key, key, salt)
        keyring.write(keyring.file_for(self.path), ring, self._key, self._salt)
        self.by_passphrase = PassphraseLock(key, salt, ring)

    def _log_passphrase_change(self, action: str, kdf: keys.KdfSettings) -> None:
        with self.transaction():
            custody.append(self.db, action,
                           details={"kdf": "scrypt", "log2_n": kdf.log2_n, "r": kdf.r})

    def _rekey_copy(self, new_passphrase: str, kdf: keys.KdfSettings) -> None:
        salt = keys.Salt.new(kdf)
        key = keys.derive(new_passphrase, salt)
        with _db_errors():
            self.db.execute(f"PRAGMA rekey = {keys.key_pragma_value(key, salt)}").fetchall()
        self._key, self._salt = key, salt
        self.by_passphrase = PassphraseLock(key, salt)

    def renew_master_key(self) -> None:
        """Re-encrypt every page under a new random master key, for when an old passphrase
        (or an old keyring with it) may be in someone's hands. The passphrase stays; the
        recovery key stops working, since only its holder could wrap the new key for it."""
        self.require_writable()
        if self.by_passphrase.ring is None:
            raise NoKeyring()
        self._reencrypt(self.by_passphrase.key, self.by_passphrase.salt)
        with self.transaction() as db:
            db.execute("DELETE FROM settings WHERE key = ?", (RECOVERY_KEY_MADE,))
            custody.append(db, custody.PASSPHRASE_CHANGED, details={"master_key": "new"})

    def make_recovery_key(self) -> RecoveryKey:
        """A new recovery key, wrapping the master key; the former one stops working."""
        self.require_writable()
        if self.by_passphrase.ring is None:
            raise NoKeyring()
        recovery = RecoveryKey.new()
        ring = self.by_passphrase.ring.with_recovery(self._key, recovery.secret)
        keyring.write(keyring.file_for(self.path), ring, self._key, self._salt)
        self.by_passphrase = PassphraseLock(self.by_passphrase.key, self.by_passphrase.salt, ring)
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)",
                       (RECOVERY_KEY_MADE, dates.to_iso(dates.now())))
            custody.append(db, custody.RECOVERY_KEY_MADE)
        return recovery

    def _wrap_keys(self, passphrase: str) -> None:
        """Move a vault made before keyrings to a random master key (one full
        re-encryption); the vault file is replaced only once the new one checks clean.
        A vault whose copy does not check clean stays as it is, and still opens: the
        owner's check will say what is wrong, and the move is tried again next time."""
        salt = keys.Salt.new(self.by_passphrase.salt.kdf)
        try:
            self._reencrypt(keys.derive(passphrase, salt), salt)
        except ReencryptionFailed:
            return
        with self.transaction() as db:
            custody.append(db, custody.MIGRATED, details={"keys": "wrapped"})

    def _reencrypt(self, passphrase_key: bytes, passphrase_salt: keys.Salt) -> None:
        """Copy every page under a new master key, check the copy whole, then put it and
        its keyring in place so that, killed at any moment, the vault opens."""
        master, salt = os.urandom(keyring.MASTER_SIZE), keys.Salt.new(profile=keys.WRAPPED)
        ring = keyring.Keyring.new(master, passphrase_key, passphrase_salt)
        partial = self.path.with_name(f".{self.path.name}.reencrypting")
        try:
            with errors.os_errors():
                partial.unlink(missing_ok=True)
                os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            self._export_to(partial, master, salt)
            with Vault._open(partial, master, salt) as copy:
                report = copy.check()
            if not report.ok:
                raise ReencryptionFailed()
            keyring.write(keyring.next_for(self.path), ring, master, salt)
            self._swap_in(partial, master, salt)
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        self.by_passphrase = PassphraseLock(passphrase_key, passphrase_salt, ring)

    def _swap_in(self, copy: Path, master: bytes, salt: keys.Salt) -> None:
        """The re-encrypted ``copy`` takes the vault's name, then its keyring (written as
        the next one) takes the keyring's; the connection follows whichever is in place."""
        self.db.close()  # Windows renames no open file
        try:
            with errors.os_errors():
                os.replace(copy, self.path)
                self._key, self._salt = master, salt
                plain_files.sync_folder(self.path.parent)
                os.replace(keyring.next_for(self.path), keyring.file_for(self.path))
        finally:
            self.db = Vault._open(self.path, self._key, self._salt).db

    def require_writable(self) -> None:
        """Refuse, in one plain sentence, to start work a read-only vault could not log."""
        # SQLCipher reports a rekey on a read-only file as a generic error; say it plainly.
        try:
            os.close(os.open(self.path, os.O_RDWR))
        except OSError as error:
            raise errors.from_os_error(error) or errors.ReadOnly() from None

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this vault; takes one key derivation (~0.5 s)."""
        return hmac.compare_digest(keys.derive(passphrase, self.by_passphrase.salt), self.by_passphrase.key)

    @property
    def recovery_key_made(self) -> str | None:
        """When the current recovery key was made (UTC), or None when there is none."""
        return self.setting(RECOVERY_KEY_MADE)

    def backup(self, destination: Path, passphrase: str | None = None) -> None:
        """An encrypted copy of the whole vault, same passphrase, written atomically: one
        self-contained file, whose pages are encrypted with the passphrase's key (no
        keyring, so it opens with the passphrase of today, not with the recovery key).

        Given the passphrase, the copy gets a salt of its own (two more key derivations),
        so its first bytes do not show it is a copy of this vault; without it, the copy
        carries the passphrase's key and salt, as kept in the keyring."""
        destination = Path(destination)
        key, salt = self.by_passphrase.key, self.by_passphrase.salt
        if passphrase is not None and self.passphrase_matches(passphrase):
            salt = keys.Salt.new(self.by_passphrase.salt.kdf)
            key = keys.derive(passphrase, salt)
        if destination.exists():
            raise errors.VaultExists(destination)
        partial = destination.with_name(f".{destination.name}.partial")
        with _destination_errors(destination):
            partial.unlink(missing_ok=True)
            os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        try:
            self._export_to(partial, key, salt)
            with _destination_errors(destination):
                os.replace(partial, destination)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise
        if schema.version(self.db) == schema.LATEST:
            with self.transaction():
                custody.append(self.db, custody.BACKED_UP, details={"file": destination.name})

    def open_copy(self, path: Path) -> Vault:
        """Open a copy ``backup`` wrote without a passphrase (so under this vault's key),
        to check it; the window can, since it never keeps the passphrase. Such a copy is
        encrypted with the passphrase's key (see ``backup``), not the master key."""
        return Vault._open(Path(path), self.by_passphrase.key, self.by_passphrase.salt)

    def _export_to(self, target: Path, key: bytes, salt: keys.Salt) -> None:
        # sqlcipher_export copies schema, data and user_version into the attached file,
        # encrypted with a raw key the same passphrase derives from the copy's salt.
        literal = keys.key_pragma_value(key, salt)
        with _db_errors(), errors.os_errors():
            self.db.execute(f"ATTACH DATABASE ? AS copy KEY {literal}", (str(target),))
            try:
                for name, value in STORAGE.items():
                    self.db.execute(f"PRAGMA copy.{name} = {value}")
                self.db.execute("SELECT sqlcipher_export('copy')").fetchall()
                # sqlcipher_export does not carry the schema version over.
                self.db.execute(f"PRAGMA copy.user_version = {schema.version(self.db)}")
            finally:
                self.db.execute("DETACH DATABASE copy")

    def check(self) -> CheckReport:
        """SQLCipher's page check, SQLite's structure check, every original re-hashed
        against its SHA-256, and the custody chain verified. Damage is reported, not raised."""
        problems: list[Text] = []
        problems += self._checked("page check", lambda: [
            _undecryptable(row[0]) for row in self.db.execute("PRAGMA cipher_integrity_check")])
        problems += self._checked("structure check", lambda: [
            _damaged(row[0]) for row in self.db.execute("PRAGMA integrity_check")
            if row[0] != "ok"])
        originals: list[int] = []
        problems += self._checked("originals", lambda: self._rehash(originals))
        problems += self._checked("custody log", lambda: custody.verify(self.db))
        problems += self._checked("custody of items", lambda: custody.unmatched_items(self.db))
        problems += self._checked("newest state seen", self._rolled_back)
        items = self._count("items")
        return CheckReport(items, originals[0] if originals else 0, self._count("custody"),
                           problems)

    def record_check(self, report: CheckReport) -> errors.VaultError | None:
        """Log a check in the custody log; returns why it could not be (a damaged or
        read-only vault must still show its report, so this never raises for that)."""
        try:
            with self.transaction() as db:
                custody.append(db, custody.CHECKED, details={"problems": len(report.problems)})
        except errors.Damaged:
            return damage.DamagedNotRecorded()
        except errors.VaultError as error:
            return error
        return None

    def _rolled_back(self) -> list[Text]:
        if not self.tracked:
            return []
        older = last_seen.compare(self.db, self.path)
        return [last_seen.sentence(older)] if older else []

    def _rehash(self, count: list[int]) -> list[Text]:
        problems, checked = originals_store.verify_all(self.db)
        count.append(checked)
        return problems

    def _checked(self, step: str, run: Callable[[], list[Text]]) -> list[Text]:
        try:
            return run()
        except sqlcipher3.DatabaseError as error:
            return [Text(QT_TRANSLATE_NOOP(
                "core", "Part of the check could not finish ({step}): the vault is too "
                "damaged to read there ({error})."), step=step, error=str(error))]

    def _count(self, table: str) -> int:
        try:
            return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        except sqlcipher3.DatabaseError:
            return 0


class ReencryptionFailed(errors.VaultError):
    def __init__(self) -> None:
        super().__init__(Text(QT_TRANSLATE_NOOP(
            "core", "The re-encrypted copy of the vault did not check clean, so it was "
                    "not used: the vault is as it was. Run a check of the vault.")))


def _refuse(path: Path, count_failures: bool, error: errors.VaultError) -> NoReturn:
    """A secret that opens nothing: counted as a failed unlock, then said."""
    if count_failures:
        attempts.record(path)
    raise error from None


def _lock_for(passphrase: str, master: bytes, kdf: keys.KdfSettings) -> PassphraseLock:
    salt = keys.Salt.new(kdf)
    key = keys.derive(passphrase, salt)
    return PassphraseLock(key, salt, keyring.Keyring.new(master, key, salt))


def _unwrap_with_passphrase(path: Path, salt: keys.Salt,
                            passphrase: str) -> tuple[PassphraseLock, bytes | None]:
    """The passphrase's lock and the master key it unwraps (None: a wrong passphrase)."""
    derived: dict[bytes, PassphraseLock] = {}

    def opener(ring: keyring.Keyring) -> bytes | None:
        ring_salt = ring.passphrase_salt
        assert ring_salt is not None  # keyring.unwrap reads only rings with a salt
        key = damage.derive(passphrase, ring_salt)
        derived[ring.passphrase.sealed] = PassphraseLock(key, ring_salt, ring)
        return ring.unwrap_with_passphrase_key(key)

    unwrapped = keyring.unwrap(path, salt, opener)
    if unwrapped is None:
        return PassphraseLock(b"", salt), None
    return derived[unwrapped.ring.passphrase.sealed], unwrapped.master


def _undecryptable(detail: str) -> Text:
    # The detail is SQLCipher's own line (which page failed): for whoever helps.
    return Text(QT_TRANSLATE_NOOP(
        "core", "Part of the vault file no longer decrypts as it was written: it was "
        "damaged on the disk or changed by another program ({detail})."), detail=detail)


def _damaged(detail: str) -> Text:
    return Text(QT_TRANSLATE_NOOP(
        "core", "The database inside the vault is damaged ({detail})."), detail=detail)


@contextmanager
def _db_errors() -> Iterator[None]:
    """Turn the environment's database failures into one-line ``VaultError``s."""
    try:
        yield
    except sqlcipher3.Error as error:
        known = errors.classify(error)
        if known is None:
            raise
        raise known from None


@contextmanager
def _destination_errors(destination: Path) -> Iterator[None]:
    """OS errors while writing a copy elsewhere: the place is named, not the vault."""
    try:
        yield
    except OSError as error:
        known = errors.from_os_error(error)
        if isinstance(known, errors.ReadOnly):
            raise errors.CannotWrite(destination.parent) from None
        if known is None:
            raise
        raise known from None

