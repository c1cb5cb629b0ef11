#include "registry/Publisher.h"

#include "crypto/HexText.h"
#include "ipfs/IpfsRpcClient.h"
#include "ipfs/UnixfsImporter.h"
#include "keys/Keystore.h"
#include "metadata/CanonicalJson.h"
#include "metadata/MetadataSignature.h"
#include "metadata/MetadataValidator.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QPointer>

namespace modreg {

namespace {
const char* operationName(RegistryCall::Kind kind)
{
    switch (kind) {
    case RegistryCall::Kind::Register:
    case RegistryCall::Kind::Update:
        return "publish";
    case RegistryCall::Kind::Remove:
        return "remove";
    case RegistryCall::Kind::Transfer:
        return "transfer";
    }
    return "";
}

// The CID `ipfs add --cid-version 1` gives these bytes as one file.
Cid cidOfFile(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return UnixfsImporter(UnixfsImporter::Options::forVersion(1)).addFile(buffer).value().cid;
}
} // namespace

struct Publisher::Run
{
    quint64 id = 0;
    RegistryCall::Kind operation = RegistryCall::Kind::Register; // Register stands for "publish"
    Step step = Step::Check;
    Request request;
    ModuleKey key;
    QByteArray account;
    ContentSummary content;
    ModuleMetadata document;
    QByteArray documentBytes;
    QString metadataCid;
    RegistryCall call;
    Standing standing;
    std::unique_ptr<PublishJournal> journal;
    PublishJournal::Entry entry;
    std::optional<RegistryReceipt> receipt;
    std::function<void(Result<Plan>)> planDone; // set: plan only, no step signals, nothing written to nodes
};

Publisher::Publisher(Keystore& keystore, IpfsRpcClient& ipfs, Registry& registry, QString journalDirectory,
                     QObject* parent)
    : QObject(parent)
    , m_keystore(keystore)
    , m_ipfs(ipfs)
    , m_registry(registry)
    , m_journalDirectory(std::move(journalDirectory))
{
    connect(&m_hasher, &ContentHasher::progress, this, [this](qint64 done, qint64 total) {
        if (m_run && m_run->step == Step::ComputeContent && !m_run->planDone)
            emit stepProgress(Step::ComputeContent, done, total);
    });
    // The node took the transaction (already in the journal since it was signed): wait for its block.
    connect(&m_registry, &Registry::transactionSent, this, [this](const QByteArray& hash) {
        if (!m_run || m_run->step != Step::Send || hash != m_run->entry.transaction)
            return;
        leave(m_run, hexText(hash));
        enter(m_run, Step::Confirm);
    });
}

Publisher::~Publisher() = default;

QList<Publisher::Step> Publisher::stepsOf(RegistryCall::Kind operation)
{
    if (operation == RegistryCall::Kind::Register || operation == RegistryCall::Kind::Update)
        return {Step::Check,         Step::ComputeContent, Step::AddContent, Step::AddMetadata,
                Step::CheckRegistry, Step::Send,           Step::Confirm};
    return {Step::Check, Step::CheckRegistry, Step::Send, Step::Confirm};
}

QString Publisher::title(Step step)
{
    switch (step) {
    case Step::Check:
        return tr("Check the module, the keys and the registry");
    case Step::ComputeContent:
        return tr("Compute the content's CID");
    case Step::AddContent:
        return tr("Add the content to IPFS");
    case Step::AddMetadata:
        return tr("Sign the metadata and add it to IPFS");
    case Step::CheckRegistry:
        return tr("Read the registry's entry for the key");
    case Step::Send:
        return tr("Send the transaction");
    case Step::Confirm:
        return tr("Wait for the transaction to be in a block");
    }
    return {};
}

Result<ModuleKey> Publisher::moduleKeyOf(const Keystore& keystore, const QString& keyId, ModuleKey::Type type)
{
    const std::optional<KeyInfo> info = keystore.key(keyId);
    if (!info)
        return Result<ModuleKey>::failure(
            keystore.isUnlocked() ? tr("The module key is not in the keystore.")
                                  : tr("The keystore is locked; unlock it to sign with the module key."));
    const bool ed = info->type == KeyType::Ed25519;
    if (ed != (type == ModuleKey::Type::Ed25519))
        return Result<ModuleKey>::failure(
            ed ? tr("\"%1\" is an Ed25519 key; its registry key is its public key.").arg(info->label)
               : tr("\"%1\" is a secp256k1 key; its registry key is its Ethereum "
                    "address or its public key.")
                     .arg(info->label));
    return ModuleKey::of(type, info->publicKey);
}

QString Publisher::keyIdOf(const Keystore& keystore, const ModuleKey& key)
{
    for (const KeyInfo& k : keystore.keys()) {
        const Result<ModuleKey> asModule = moduleKeyOf(keystore, k.id, key.type);
        if (asModule && asModule.value() == key)
            return k.id;
    }
    return {};
}

void Publisher::standing(const QByteArray& key, const QString& accountKeyId,
                         Registry::Callback<Standing> done)
{
    const Result<QByteArray> account = m_registry.accountOf(accountKeyId);
    if (!account)
        return done(Result<Standing>::failure(account.error()));
    QPointer<Publisher> self(this);
    m_registry.getModule(key, [self, account = account.value(),
                               done = std::move(done)](Result<std::optional<ModuleEntry>> entry) {
        if (!self)
            return;
        if (!entry)
            return done(Result<Standing>::failure(entry.error()));
        if (!entry.value())
            return done(Standing{});
        const ModuleEntry& e = *entry.value();
        done(Standing{e.owner == account ? Standing::Kind::Yours : Standing::Kind::Someone, e.cid,
                      self->m_registry.accounts().text(e.owner)});
    });
}

// ---- running ----

std::shared_ptr<Publisher::Run> Publisher::begin()
{
    static quint64 lastId = 0;
    m_hasher.cancel();
    m_run = std::make_shared<Run>();
    m_run->id = ++lastId;
    return m_run;
}

bool Publisher::alive(const std::shared_ptr<Run>& run) const
{
    return m_run == run;
}

bool Publisher::isRunning() const
{
    return m_run != nullptr;
}

void Publisher::enter(const std::shared_ptr<Run>& run, Step step)
{
    run->step = step;
    if (!run->planDone)
        emit stepStarted(step);
}

void Publisher::leave(const std::shared_ptr<Run>& run, const QString& detail)
{
    if (!run->planDone)
        emit stepFinished(run->step, detail);
}

void Publisher::fail(const std::shared_ptr<Run>& run, const QString& message)
{
    if (!alive(run))
        return;
    m_run.reset();
    if (run->planDone)
        return run->planDone(Result<Plan>::failure(message));
    emit failed(run->step, message);
}

void Publisher::cancel()
{
    if (!m_run)
        return;
    const std::shared_ptr<Run> run = m_run;
    m_hasher.cancel();
    // A transaction in the journal was signed, and may be on its way or mined already.
    fail(run, run->entry.transaction.isEmpty()
                  ? tr("Cancelled. Nothing was sent to the registry.")
                  : tr("Cancelled while waiting for the chain. The transaction %1 was sent and may still be "
                       "mined; publishing again picks it up instead of sending another.")
                        .arg(hexText(run->entry.transaction)));
}

void Publisher::publish(const Request& request)
{
    const std::shared_ptr<Run> run = begin();
    run->request = request;
    check(run);
}

void Publisher::plan(const Request& request, std::function<void(Result<Plan>)> done)
{
    const std::shared_ptr<Run> run = begin();
    run->request = request;
    run->planDone = std::move(done);
    check(run);
}

void Publisher::remove(const QByteArray& key, const QString& accountKeyId)
{
    const std::shared_ptr<Run> run = begin();
    run->operation = RegistryCall::Kind::Remove;
    run->call = {RegistryCall::Kind::Remove, key, {}, {}};
    run->request.accountKeyId = accountKeyId;
    check(run);
}

void Publisher::transfer(const QByteArray& key, const QByteArray& newOwner, const QString& accountKeyId)
{
    const std::shared_ptr<Run> run = begin();
    run->operation = RegistryCall::Kind::Transfer;
    run->call = {RegistryCall::Kind::Transfer, key, {}, newOwner};
    run->request.accountKeyId = accountKeyId;
    check(run);
}

// Step 1: everything that can be known without writing anywhere, so a doomed publish spends nothing.
void Publisher::check(std::shared_ptr<Run> run)
{
    enter(run, Step::Check);
    const bool publishing = run->operation == RegistryCall::Kind::Register;
    if (publishing) {
        const QList<MetadataProblem> problems =
            MetadataValidator::check(run->request.draft.toJson(false), MetadataValidator::Stage::Draft);
        if (!problems.isEmpty()) {
            QStringList lines;
            for (const MetadataProblem& p : problems)
                lines << p.message;
            return fail(run, tr("The metadata needs fixing: %1").arg(lines.join(QLatin1Char(' '))));
        }
        if (!QFileInfo::exists(run->request.contentPath))
            return fail(run, tr("The content %1 does not exist.").arg(run->request.contentPath));
        const Result<ModuleKey> key = moduleKeyOf(m_keystore, run->request.moduleKeyId, run->request.keyType);
        if (!key)
            return fail(run, key.error());
        run->key = key.value();
        run->call.key = key->bytes;
    } else if (Status k = Registry::checkKey(run->call.key); !k) {
        return fail(run, k.error());
    }
    const Result<QByteArray> account = m_registry.accountOf(run->request.accountKeyId);
    if (!account)
        return fail(run, account.error());
    run->account = account.value();
    run->journal = std::make_unique<PublishJournal>(m_journalDirectory, m_registry.location(), run->call.key);
    run->entry = run->journal->load().value_or(PublishJournal::Entry{});
    run->entry.operation = QLatin1String(operationName(run->operation));

    QPointer<Publisher> self(this);
    standing(run->call.key, run->request.accountKeyId, [self, run, publishing](Result<Standing> s) {
        if (!self || !self->alive(run))
            return;
        if (!s)
            return self->fail(run, s.error());
        run->standing = s.value();
        if (s->kind == Standing::Kind::Someone)
            return self->fail(run,
                              tr("This key is registered by %1, not by your account %2; only its owner can "
                                 "change it. Nothing was spent. Choose another module key.")
                                  .arg(s->ownerText, self->m_registry.accounts().text(run->account)));
        if (!publishing && s->kind == Standing::Kind::Unregistered && run->entry.transaction.isEmpty()) {
            if (run->operation == RegistryCall::Kind::Remove) // already gone: the job is done
                return self->finish(run);
            return self->fail(run, tr("No module is registered under this key."));
        }
        self->leave(run, s->kind == Standing::Kind::Yours ? tr("You own this key; this is a new version.")
                                                          : tr("The key is new to the registry."));
        if (publishing)
            return self->computeContent(run);
        self->checkRegistry(run);
    });
}

void Publisher::computeContent(std::shared_ptr<Run> run)
{
    enter(run, Step::ComputeContent);
    if (run->request.content) {
        run->content = *run->request.content;
        leave(run, run->content.cid.toString());
        return run->planDone ? (void)addMetadata(run) : addContent(run);
    }
    QPointer<Publisher> self(this);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_hasher, &ContentHasher::finished, this,
                          [self, run, connection](const Result<ContentSummary>& summary) {
                              QObject::disconnect(*connection);
                              if (!self || !self->alive(run))
                                  return;
                              if (!summary)
                                  return self->fail(run, summary.error());
                              run->content = summary.value();
                              self->leave(run, run->content.cid.toString());
                              if (run->planDone)
                                  return self->addMetadata(run);
                              self->addContent(run);
                          });
    m_hasher.start(run->request.contentPath);
}

void Publisher::addContent(std::shared_ptr<Run> run)
{
    enter(run, Step::AddContent);
    QPointer<Publisher> self(this);
    m_ipfs.isPinned(run->content.cid, [self, run](Result<bool> pinned) {
        if (!self || !self->alive(run))
            return;
        if (!pinned)
            return self->fail(run, pinned.error());
        if (pinned.value()) {
            self->leave(run, tr("Already in IPFS, pinned; nothing to upload."));
            return self->addMetadata(run);
        }
        IpfsAddOptions options;
        options.cidVersion = 1;
        self->m_ipfs.add(
            run->request.contentPath, options,
            [self, run](qint64 sent, qint64 total) {
                if (self && self->alive(run))
                    emit self->stepProgress(Step::AddContent, sent, total);
            },
            [self, run](Result<IpfsAdded> added) {
                if (!self || !self->alive(run))
                    return;
                if (!added)
                    return self->fail(run, added.error());
                if (added->root.toV1() != run->content.cid)
                    return self->fail(run,
                                      tr("The IPFS node stored the content as %1, but it is %2. The node "
                                         "did not store what was sent; nothing was registered.")
                                          .arg(added->root.toString(), run->content.cid.toString()));
                self->leave(run, tr("Added and pinned."));
                self->addMetadata(run);
            });
    });
}

// The signed document for this request: the one made last time if the request is the same (so
// its CID is too), otherwise a new one, kept in the journal before it goes anywhere.
Status Publisher::makeDocument(Run& run)
{
    ModuleMetadata document = run.request.draft;
    document.cid = run.content.cid.toString();
    document.key = run.key;
    document.created.clear();
    document.signature.reset();
    const QByteArray draft = document.signingBytes();
    if (run.entry.draft == draft && !run.entry.document.isEmpty()) {
        const Result<nlohmann::json> kept = MetadataValidator::parse(run.entry.document);
        if (kept) {
            const ModuleMetadata previous = ModuleMetadata::fromJson(kept.value());
            if (MetadataSignature::verify(previous)) {
                run.document = previous;
                run.documentBytes = run.entry.document;
                run.metadataCid = cidOfFile(run.documentBytes).toString();
                return success();
            }
        }
    }
    document.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const Result<ModuleMetadata> signedDocument =
        MetadataSignature::sign(document, m_keystore, run.request.moduleKeyId);
    if (!signedDocument)
        return Status::failure(signedDocument.error());
    const QByteArray bytes = signedDocument->documentBytes();
    const QList<MetadataProblem> problems =
        MetadataValidator::checkText(bytes, MetadataValidator::Stage::Published);
    if (!problems.isEmpty())
        return Status::failure(problems.first().message);
    run.document = signedDocument.value();
    run.documentBytes = bytes;
    run.metadataCid = cidOfFile(bytes).toString();
    run.entry.draft = draft;
    run.entry.document = bytes;
    return run.journal->save(run.entry);
}

void Publisher::addMetadata(std::shared_ptr<Run> run)
{
    enter(run, Step::AddMetadata);
    if (Status made = makeDocument(*run); !made)
        return fail(run, made.error());
    QPointer<Publisher> self(this);
    if (run->planDone) { // the review page: what would be sent, and its fee
        const bool already = run->standing.cid == run->metadataCid;
        run->call.kind = run->standing.kind == Standing::Kind::Yours ? RegistryCall::Kind::Update
                                                                     : RegistryCall::Kind::Register;
        run->call.cid = run->metadataCid;
        Plan plan{run->content, run->document, run->documentBytes, run->metadataCid,
                  run->call,    run->standing, std::nullopt,       m_registry.describe(run->call)};
        if (already) {
            m_run.reset();
            return run->planDone(plan);
        }
        return m_registry.quote(run->call, run->request.accountKeyId,
                                [self, run, plan](Result<RegistryFee> fee) mutable {
                                    if (!self || !self->alive(run))
                                        return;
                                    if (!fee)
                                        return self->fail(run, fee.error());
                                    plan.fee = fee.value();
                                    self->m_run.reset();
                                    run->planDone(plan);
                                });
    }
    const Result<Cid> cid = Cid::parse(run->metadataCid);
    m_ipfs.isPinned(cid.value(), [self, run](Result<bool> pinned) {
        if (!self || !self->alive(run))
            return;
        if (!pinned)
            return self->fail(run, pinned.error());
        if (pinned.value()) {
            self->leave(run, run->metadataCid);
            return self->checkRegistry(run);
        }
        IpfsAddOptions options;
        options.cidVersion = 1;
        self->m_ipfs.addBytes(QStringLiteral("metadata.json"), run->documentBytes, options,
                              [self, run](Result<IpfsAdded> added) {
                                  if (!self || !self->alive(run))
                                      return;
                                  if (!added)
                                      return self->fail(run, added.error());
                                  if (added->root.toV1().toString() != run->metadataCid)
                                      return self->fail(
                                          run, tr("The IPFS node stored the metadata as %1, but it is %2.")
                                                   .arg(added->root.toString(), run->metadataCid));
                                  self->leave(run, run->metadataCid);
                                  self->checkRegistry(run);
                              });
    });
}

// A transaction left from last time is waited for first; then the registry's entry decides.
void Publisher::checkRegistry(std::shared_ptr<Run> run)
{
    enter(run, Step::CheckRegistry);
    QPointer<Publisher> self(this);
    const auto decide = [self, run] {
        self->standing(run->call.key, run->request.accountKeyId, [self, run](Result<Standing> s) {
            if (!self || !self->alive(run))
                return;
            if (!s)
                return self->fail(run, s.error());
            run->standing = s.value();
            const QString ours = self->m_registry.accounts().text(run->account);
            switch (run->operation) {
            case RegistryCall::Kind::Register:
            case RegistryCall::Kind::Update:
                if (s->kind == Standing::Kind::Someone)
                    return self->fail(run,
                                      tr("This key was registered by %1 in the meantime; only its owner can "
                                         "change it.")
                                          .arg(s->ownerText));
                if (s->cid == run->metadataCid) {
                    self->leave(run, tr("The registry already points at this metadata."));
                    return self->finish(run);
                }
                run->call.kind = s->kind == Standing::Kind::Yours ? RegistryCall::Kind::Update
                                                                  : RegistryCall::Kind::Register;
                run->call.cid = run->metadataCid;
                run->operation = run->call.kind;
                self->leave(run, run->call.kind == RegistryCall::Kind::Update ? tr("A new version: update.")
                                                                              : tr("A new key: register."));
                return self->send(run);
            case RegistryCall::Kind::Remove:
                if (s->kind == Standing::Kind::Unregistered) {
                    self->leave(run, tr("Nothing is registered under the key."));
                    return self->finish(run);
                }
                break;
            case RegistryCall::Kind::Transfer:
                if (s->kind == Standing::Kind::Unregistered)
                    return self->fail(run, tr("No module is registered under this key."));
                if (s->ownerText == self->m_registry.accounts().text(run->call.newOwner)) {
                    self->leave(run, tr("%1 owns the key already.").arg(s->ownerText));
                    return self->finish(run);
                }
                break;
            }
            if (s->kind == Standing::Kind::Someone)
                return self->fail(run, tr("Only %1 may change this module, not %2.").arg(s->ownerText, ours));
            self->leave(run, tr("You own the key."));
            self->send(run);
        });
    };
    if (run->entry.transaction.isEmpty())
        return decide();
    // Signed by a run that did not see it through: send those same bytes again (the node ignores a
    // copy it has) and wait for them; never a twin. The journal keeps it until the chain decides.
    emit stepProgress(Step::CheckRegistry, 0, 0);
    const auto settled = [self, run, decide](Result<std::optional<RegistryReceipt>> r) {
        if (!self || !self->alive(run))
            return;
        if (!r && !r.error().contains(QLatin1String("reverted")))
            return self->fail(run, r.error());
        if (r && r.value())
            run->receipt = r.value();
        // Mined, reverted, or taken over by another transaction of the account: this one is done
        // with, and the registry's entry decides what is left to send.
        run->entry.clearTransaction();
        if (Status saved = run->journal->save(run->entry); !saved)
            return self->fail(run, saved.error());
        decide();
    };
    if (run->entry.signedTransaction.isEmpty()) // a journal of an older Modreg: only the hash
        return m_registry.awaitTransaction(run->entry.transaction, settled);
    m_registry.broadcast(SignedCall{run->entry.transaction, run->entry.signedTransaction, run->entry.account,
                                    run->entry.nonce},
                         settled);
}

void Publisher::send(std::shared_ptr<Run> run)
{
    enter(run, Step::Send);
    QPointer<Publisher> self(this);
    const QPointer<Registry> registry(&m_registry);
    m_registry.prepare(run->call, run->request.accountKeyId, [self, run, registry](Result<SignedCall> signedCall) {
        if (!self || !self->alive(run)) {
            // Cancelled (or the app closed) while it was being signed: never kept, never sent, so
            // its nonce goes to the next transaction instead of leaving a gap no later one can pass.
            if (signedCall && registry)
                registry->discard(signedCall.value());
            return;
        }
        if (!signedCall)
            return self->fail(run, signedCall.error());
        // On disk before it goes anywhere: killed after this, the next run sends these bytes.
        run->entry.transaction = signedCall->transactionHash;
        run->entry.signedTransaction = signedCall->raw;
        run->entry.account = signedCall->account;
        run->entry.nonce = signedCall->nonce;
        if (Status saved = run->journal->save(run->entry); !saved) {
            self->m_registry.discard(signedCall.value());
            run->entry.clearTransaction();
            return self->fail(run, tr("%1 Nothing was sent.").arg(saved.error()));
        }
        emit self->transactionJournaled(signedCall->transactionHash);
        if (self->alive(run))
            self->broadcast(run, signedCall.value());
    });
}

void Publisher::broadcast(std::shared_ptr<Run> run, const SignedCall& signedCall)
{
    QPointer<Publisher> self(this);
    m_registry.broadcast(signedCall, [self, run](Result<std::optional<RegistryReceipt>> receipt) {
        if (!self || !self->alive(run))
            return;
        if (!receipt)
            return self->fail(run, receipt.error());
        if (!receipt.value()) // another transaction of the account took its nonce meanwhile
            return self->fail(run, tr("Another transaction of the account %1 was mined in place of this one. "
                                      "Publish again to send it anew.")
                                       .arg(self->m_registry.accounts().text(run->account)));
        run->receipt = receipt.value();
        if (run->step == Step::Send) { // the node answered before transactionSent reached us
            self->leave(run, hexText(run->receipt->transactionHash));
            self->enter(run, Step::Confirm);
        }
        self->leave(run, tr("In block %1.").arg(run->receipt->block.number));
        self->finish(run);
    });
}

void Publisher::finish(std::shared_ptr<Run> run)
{
    // A finished publish keeps its document: the same publish again is then recognised as done
    // (same document, same CID) instead of becoming an update that differs only in `created`.
    if (run->journal && run->operation != RegistryCall::Kind::Remove &&
        run->operation != RegistryCall::Kind::Transfer && !run->documentBytes.isEmpty()) {
        run->entry.clearTransaction();
        run->journal->save(run->entry);
    } else if (run->journal) {
        run->journal->clear();
    }
    m_run.reset();
    emit finished(Outcome{run->call.kind, run->content.cid.toString(), run->metadataCid, run->documentBytes,
                          run->receipt, m_registry.accounts().text(run->account)});
}

} // namespace modreg
