#pragma once

#include "Result.h"
#include "keys/KeyEntry.h"
#include "keys/KeystoreFormat.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace modreg {

// The encrypted local keystore: one file (keystore.mrks) under the data directory, mode 0600.
// Every write is atomic (a new file fsynced and renamed over the old one) and keeps the previous
// file as keystore.mrks.bak. While unlocked it holds the keys' secrets and the file key in guarded
// memory; lock() wipes them, and so does the auto-lock after a stretch with no activity.
class Keystore : public QObject
{
    Q_OBJECT
public:
    explicit Keystore(QString path, QObject* parent = nullptr);
    ~Keystore() override;

    static QString defaultPath(); // AppPaths::dataDir()/keystore.mrks
    QString path() const { return m_path; }
    QString backupPath() const { return m_path + QStringLiteral(".bak"); }
    bool exists() const;
    bool isUnlocked() const { return m_key.has_value(); }

    // A new, empty keystore, unlocked. Fails if the file exists.
    Status create(const SecureBytes& password, const KdfLimits& limits = KdfLimits::moderate());
    Status unlock(const SecureBytes& password);
    void lock();
    // Re-encrypts under the new password (new salt) in one atomic write.
    Status changePassword(const SecureBytes& current, const SecureBytes& next);

    // Unlocked only; empty when locked.
    QList<KeyInfo> keys() const;
    std::optional<KeyInfo> key(const QString& id) const;

    // Adds a key and saves. `info` gives label, type, origin and path; the id, public key and
    // creation time are filled in here.
    Result<KeyInfo> add(KeyInfo info, KeySecret secret);
    Status rename(const QString& id, const QString& label);
    Status remove(const QString& id);

    // The key's secret for the length of `use` (export, signing): nothing is copied out.
    Status withSecret(const QString& id,
                      const std::function<void(const KeyInfo&, const KeySecret&)>& use) const;

    Result<QByteArray> signEd25519(const QString& id, const QByteArray& message) const;
    Result<QByteArray> signHash(const QString& id, const QByteArray& hash32) const; // secp256k1 recoverable
    Result<QByteArray> personalSign(const QString& id, const QByteArray& message) const; // EIP-191

    // 0 turns auto-lock off. Any call that touches a key counts as activity.
    void setAutoLockAfter(std::chrono::milliseconds idle);
    void noteActivity() const;

signals:
    void lockedChanged(bool locked);
    void keysChanged();

private:
    Status save();
    Status writeAtomically(const QByteArray& bytes);
    qsizetype indexOf(const QString& id) const;
    // Signs with the key's secret if it is of the `expected` type; otherwise says which type it is.
    Result<QByteArray> signAs(const QString& id, KeyType expected,
                              const std::function<QByteArray(const SecureBytes&)>& sign) const;

    QString m_path;
    std::optional<KeystoreKey> m_key;
    KeystoreContents m_contents;
    mutable QTimer m_autoLock;
};

} // namespace modreg
