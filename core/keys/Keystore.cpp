#include "keys/Keystore.h"

#include "crypto/Ed25519.h"
#include "crypto/Secp256k1.h"
#include "platform/DurableFile.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace modreg {

Keystore::Keystore(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_autoLock.setSingleShot(true);
    connect(&m_autoLock, &QTimer::timeout, this, &Keystore::lock);
}

Keystore::~Keystore() = default;

QString Keystore::defaultPath()
{
    return AppPaths::dataDir() + QStringLiteral("/keystore.mrks");
}

bool Keystore::exists() const
{
    return QFile::exists(m_path);
}

Status Keystore::create(const SecureBytes& password, const KdfLimits& limits)
{
    if (exists())
        return Status::failure(tr("A keystore already exists at %1.").arg(m_path));
    if (password.empty())
        return Status::failure(tr("Choose a password to protect the keystore."));
    Result<KeystoreKey> key = KeystoreFormat::newKey(password, limits);
    if (!key)
        return Status::failure(key.error());
    m_key = std::move(key).value();
    m_contents = {};
    if (Status saved = save(); !saved) {
        m_key.reset();
        return saved;
    }
    emit lockedChanged(false);
    emit keysChanged();
    noteActivity();
    return success();
}

Status Keystore::unlock(const SecureBytes& password)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Could not open the keystore %1: %2").arg(m_path, file.errorString()));
    const QByteArray bytes = file.readAll();
    Result<KeystoreKey> key = KeystoreFormat::keyFor(bytes, password);
    if (!key)
        return Status::failure(key.error());
    Result<KeystoreContents> contents = KeystoreFormat::decrypt(bytes, key.value());
    if (!contents)
        return Status::failure(contents.error());
    m_key = std::move(key).value();
    m_contents = std::move(contents).value();
    emit lockedChanged(false);
    emit keysChanged();
    noteActivity();
    return success();
}

void Keystore::lock()
{
    if (!m_key)
        return;
    m_autoLock.stop();
    m_key.reset(); // SecureBytes wipe on destruction
    m_contents = {};
    emit lockedChanged(true);
    emit keysChanged();
}

Status Keystore::changePassword(const SecureBytes& current, const SecureBytes& next)
{
    if (!m_key)
        return Status::failure(tr("Unlock the keystore first."));
    if (next.empty())
        return Status::failure(tr("The new password is empty."));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Could not open the keystore %1: %2").arg(m_path, file.errorString()));
    Result<KeystoreKey> check = KeystoreFormat::keyFor(file.readAll(), current);
    if (!check || !(check->key == m_key->key))
        return Status::failure(tr("The current password is wrong."));
    Result<KeystoreKey> fresh = KeystoreFormat::newKey(next, m_key->limits);
    if (!fresh)
        return Status::failure(fresh.error());
    KeystoreKey previous = std::move(*m_key);
    m_key = std::move(fresh).value();
    if (Status saved = save(); !saved) {
        m_key = std::move(previous);
        return saved;
    }
    noteActivity();
    return success();
}

QList<KeyInfo> Keystore::keys() const
{
    return m_contents.keys;
}

std::optional<KeyInfo> Keystore::key(const QString& id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<KeyInfo>(m_contents.keys[i]);
}

qsizetype Keystore::indexOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_contents.keys.size(); ++i) {
        if (m_contents.keys[i].id == id)
            return i;
    }
    return -1;
}

Result<KeyInfo> Keystore::add(KeyInfo info, KeySecret secret)
{
    if (!m_key)
        return Result<KeyInfo>::failure(tr("Unlock the keystore first."));
    noteActivity();
    if (info.type == KeyType::Ed25519) {
        if (secret.secretKey.size() != 32)
            return Result<KeyInfo>::failure(tr("An ed25519 secret key is 32 bytes."));
        info.publicKey = ed25519::publicKeyOf(secret.secretKey);
    } else {
        if (!secp256k1::isValidSecretKey(secret.secretKey))
            return Result<KeyInfo>::failure(
                tr("This is not a valid secp256k1 secret key (32 bytes, below the curve order)."));
        info.publicKey = secp256k1::publicKeyOf(secret.secretKey);
    }
    for (const KeyInfo& existing : m_contents.keys) {
        if (existing.type == info.type && existing.publicKey == info.publicKey)
            return Result<KeyInfo>::failure(
                tr("This key is already in the keystore as \"%1\".").arg(existing.label));
    }
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.created = QDateTime::currentDateTimeUtc();
    info.hasMnemonic = !secret.mnemonic.empty();
    if (info.label.trimmed().isEmpty())
        info.label = tr("Key %1").arg(m_contents.keys.size() + 1);
    m_contents.keys << info;
    m_contents.secrets.push_back(std::move(secret));
    if (Status saved = save(); !saved) {
        m_contents.keys.removeLast();
        m_contents.secrets.pop_back();
        return Result<KeyInfo>::failure(saved.error());
    }
    emit keysChanged();
    return info;
}

Status Keystore::rename(const QString& id, const QString& label)
{
    const qsizetype i = indexOf(id);
    if (!m_key || i < 0)
        return Status::failure(tr("No such key in the unlocked keystore."));
    if (label.trimmed().isEmpty())
        return Status::failure(tr("A key needs a name."));
    noteActivity();
    const QString old = m_contents.keys[i].label;
    m_contents.keys[i].label = label.trimmed();
    if (Status saved = save(); !saved) {
        m_contents.keys[i].label = old;
        return saved;
    }
    emit keysChanged();
    return success();
}

Status Keystore::remove(const QString& id)
{
    const qsizetype i = indexOf(id);
    if (!m_key || i < 0)
        return Status::failure(tr("No such key in the unlocked keystore."));
    noteActivity();
    KeyInfo info = m_contents.keys.takeAt(i);
    KeySecret secret = std::move(m_contents.secrets[static_cast<std::size_t>(i)]);
    m_contents.secrets.erase(m_contents.secrets.begin() + i);
    if (Status saved = save(); !saved) {
        m_contents.keys.insert(i, info);
        m_contents.secrets.insert(m_contents.secrets.begin() + i, std::move(secret));
        return saved;
    }
    emit keysChanged();
    return success();
}

Status Keystore::withSecret(const QString& id,
                            const std::function<void(const KeyInfo&, const KeySecret&)>& use) const
{
    const qsizetype i = indexOf(id);
    if (!m_key)
        return Status::failure(tr("The keystore is locked."));
    if (i < 0)
        return Status::failure(tr("No such key in the keystore."));
    noteActivity();
    use(m_contents.keys[i], m_contents.secrets[static_cast<std::size_t>(i)]);
    return success();
}

Result<QByteArray> Keystore::signAs(const QString& id, KeyType expected,
                                    const std::function<QByteArray(const SecureBytes&)>& sign) const
{
    QByteArray signature;
    QString wrongType;
    const Status found = withSecret(id, [&](const KeyInfo& info, const KeySecret& s) {
        if (info.type == expected)
            signature = sign(s.secretKey);
        else if (expected == KeyType::Ed25519)
            wrongType = tr("\"%1\" is a secp256k1 key; it cannot make ed25519 signatures.").arg(info.label);
        else
            wrongType = tr("\"%1\" is an ed25519 key; it cannot make secp256k1 signatures.").arg(info.label);
    });
    if (!found)
        return Result<QByteArray>::failure(found.error());
    if (!wrongType.isEmpty())
        return Result<QByteArray>::failure(wrongType);
    return signature;
}

Result<QByteArray> Keystore::signEd25519(const QString& id, const QByteArray& message) const
{
    return signAs(id, KeyType::Ed25519,
                  [&](const SecureBytes& secret) { return ed25519::sign(secret, message); });
}

Result<QByteArray> Keystore::signHash(const QString& id, const QByteArray& hash32) const
{
    if (hash32.size() != 32)
        return Result<QByteArray>::failure(
            tr("secp256k1 signs a 32-byte hash; this is %1 bytes.").arg(hash32.size()));
    return signAs(id, KeyType::Secp256k1,
                  [&](const SecureBytes& secret) { return secp256k1::signRecoverable(secret, hash32); });
}

Result<QByteArray> Keystore::personalSign(const QString& id, const QByteArray& message) const
{
    return signAs(id, KeyType::Secp256k1,
                  [&](const SecureBytes& secret) { return secp256k1::personalSign(secret, message); });
}

void Keystore::setAutoLockAfter(std::chrono::milliseconds idle)
{
    m_autoLock.setInterval(idle);
    if (idle.count() == 0)
        m_autoLock.stop();
    else
        noteActivity();
}

void Keystore::noteActivity() const
{
    if (m_key && m_autoLock.interval() > 0)
        m_autoLock.start();
}

Status Keystore::save()
{
    return writeAtomically(KeystoreFormat::encrypt(m_contents, *m_key));
}

Status Keystore::writeAtomically(const QByteArray& bytes)
{
    // Keep the previous file: copy it aside first (itself durably), then replace. Killed at any
    // moment, the keystore opens with the old content or the new (TestKeystoreKill).
    if (QFile::exists(m_path)) {
        QFile current(m_path);
        if (!current.open(QIODevice::ReadOnly) || !DurableFile::write(backupPath(), current.readAll()))
            return Status::failure(
                tr("Could not keep a backup of the keystore at %1; nothing was changed.").arg(backupPath()));
    }
    if (Status written = DurableFile::write(m_path, bytes); !written)
        return Status::failure(tr("Could not write the keystore %1: %2. The previous keystore is unchanged.")
                                   .arg(m_path, written.error()));
    return success();
}

} // namespace modreg
