#pragma once

#include "Result.h"
#include "chain/Registry.h"
#include "ipfs/ContentHasher.h"
#include "metadata/ModuleMetadata.h"
#include "registry/PublishJournal.h"

#include <QObject>
#include <memory>

namespace modreg {

class IpfsRpcClient;
class Keystore;

// The publish pipeline (docs/architecture.md, "The data, end to end"): check → content CID computed locally →
// content added to IPFS (pinned) → metadata built, signed by the module key and added → the
// registry's entry for the key read → register (new) or update (new version, owner only) → receipt.
// Remove and transfer run through the same steps that apply to them.
//
// Every step reports progress and fails with a sentence; running the same job again finishes it:
// what IPFS already holds pinned is not uploaded again, the signed document is the one made last
// time (same CID, kept in a PublishJournal), and a transaction sent last time is awaited rather than
// sent again: it is signed, journaled to disk, and only then sent, so a process killed at any
// moment neither loses it nor sends a second one. Nothing is spent on a key someone else owns:
// that is found in the first step.
class Publisher : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Check,          // the form, the keys, who owns the key now
        ComputeContent, // the content's CID, locally
        AddContent,     // to IPFS, pinned
        AddMetadata,    // built, signed, added
        CheckRegistry,  // a transaction left from last time; register or update
        Send,           // the transaction is signed and handed to the chain node
        Confirm         // in a block
    };
    Q_ENUM(Step)

    struct Request
    {
        QString contentPath;  // a file or a folder
        ModuleMetadata draft; // the author's fields; cid, key, created, signature are filled in
        QString moduleKeyId;  // the keystore key that is the module's identity and signs
        ModuleKey::Type keyType = ModuleKey::Type::Ed25519; // which of its forms is the registry key
        QString accountKeyId;                  // the keystore key that sends (and pays for) the transaction
        std::optional<ContentSummary> content; // already computed for contentPath (the wizard did it)
    };

    // Who holds a key in the registry, seen from an account.
    struct Standing
    {
        enum class Kind
        {
            Unregistered,
            Yours,
            Someone // else: only they may change it
        };
        Kind kind = Kind::Unregistered;
        QString cid; // the metadata the registry points at now
        QString ownerText;
    };

    // What a publish will do, before it does it (the wizard's review page).
    struct Plan
    {
        ContentSummary content;
        ModuleMetadata document; // signed
        QByteArray documentBytes;
        QString metadataCid;
        RegistryCall call;
        Standing standing;
        std::optional<RegistryFee> fee; // none when the registry already points at this document
        QString callText;
    };

    struct Outcome
    {
        RegistryCall::Kind kind = RegistryCall::Kind::Register;
        QString contentCid;
        QString metadataCid;
        QByteArray documentBytes;
        std::optional<RegistryReceipt> receipt; // none when nothing had to be sent
        QString accountText;
    };

    Publisher(Keystore& keystore, IpfsRpcClient& ipfs, Registry& registry, QString journalDirectory,
              QObject* parent = nullptr);
    ~Publisher() override;

    // The module key's registry form, or why the key cannot take it (an ed25519 key has no address).
    static Result<ModuleKey> moduleKeyOf(const Keystore& keystore, const QString& keyId,
                                         ModuleKey::Type type);
    // The keystore key whose registry form is `key` (a module's own key); empty if there is none.
    static QString keyIdOf(const Keystore& keystore, const ModuleKey& key);
    void standing(const QByteArray& key, const QString& accountKeyId, Registry::Callback<Standing> done);
    void plan(const Request& request, std::function<void(Result<Plan>)> done);

    void publish(const Request& request);
    void remove(const QByteArray& key, const QString& accountKeyId);
    void transfer(const QByteArray& key, const QByteArray& newOwner, const QString& accountKeyId);
    // Stops at once; a transaction already sent may still be mined, and running again picks it up.
    void cancel();
    bool isRunning() const;

    static QList<Step> stepsOf(RegistryCall::Kind operation); // publish: Register (or Update)
    static QString title(Step step);

signals:
    void stepStarted(modreg::Publisher::Step step);
    void stepProgress(modreg::Publisher::Step step, qint64 done, qint64 total);
    void stepFinished(modreg::Publisher::Step step, const QString& detail);
    void failed(modreg::Publisher::Step step, const QString& message);
    // The transaction is signed and kept in the journal (on disk), and about to be sent: from here a
    // run that stops for any reason sends these same bytes when run again.
    void transactionJournaled(const QByteArray& transactionHash);
    void finished(const modreg::Publisher::Outcome& outcome);

private:
    struct Run;
    std::shared_ptr<Run> begin();
    bool alive(const std::shared_ptr<Run>& run) const;
    void enter(const std::shared_ptr<Run>& run, Step step);
    void leave(const std::shared_ptr<Run>& run, const QString& detail);
    void fail(const std::shared_ptr<Run>& run, const QString& message);

    void check(std::shared_ptr<Run> run);
    void computeContent(std::shared_ptr<Run> run);
    void addContent(std::shared_ptr<Run> run);
    Status makeDocument(Run& run);
    void addMetadata(std::shared_ptr<Run> run);
    void checkRegistry(std::shared_ptr<Run> run);
    void send(std::shared_ptr<Run> run);
    void broadcast(std::shared_ptr<Run> run, const SignedCall& signedCall);
    void finish(std::shared_ptr<Run> run);

    Keystore& m_keystore;
    IpfsRpcClient& m_ipfs;
    Registry& m_registry;
    QString m_journalDirectory;
    ContentHasher m_hasher;
    std::shared_ptr<Run> m_run;
};

} // namespace modreg
