// The Wallet view through its real widgets: create the keystore, create a key and back up its
// recovery phrase, import one key of each format, export, rename, delete, lock, unlock, change the
// password. Saves a screenshot of each step under MODREG_SCREENSHOT_DIR.
#include "Screenshot.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "crypto/Addresses.h"
#include "crypto/Ed25519.h"
#include "crypto/Mnemonic.h"
#include "crypto/Secp256k1.h"
#include "keys/EthereumKeystoreJson.h"
#include "keys/KeyExport.h"
#include "keys/KeyImport.h"
#include "keys/Keystore.h"
#include "keys/PolkadotAccountJson.h"
#include "keys/SolanaKeypairJson.h"
#include "shell/PasswordEdit.h"
#include "wallet/ChangePasswordDialog.h"
#include "wallet/ExportKeyDialog.h"
#include "wallet/ImportKeyDialog.h"
#include "wallet/KeyDetailsPane.h"
#include "wallet/KeystoreGate.h"
#include "wallet/MnemonicBackupPage.h"
#include "wallet/MnemonicConfirmPage.h"
#include "wallet/NewKeyKindPage.h"
#include "wallet/NewKeyWizard.h"
#include "wallet/WalletView.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace modreg;
using namespace modreg::ui;

namespace {
// Runs `act` on the next modal dialog of type T once it is open (it is opened by exec() after this).
template <typename T> void whenDialogOpens(std::function<void(T*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestWalletGui : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<Keystore> m_keystore;
    std::unique_ptr<WalletView> m_view;

    QString file(const char* name) const { return m_env.path() + QLatin1Char('/') + QLatin1String(name); }
    int keyCount() const { return static_cast<int>(m_keystore->keys().size()); }

    void typePassword(const QString& password, bool repeat)
    {
        KeystoreGate* gate = m_view->gate();
        QTest::keyClicks(gate->passwordEdit(), password);
        if (repeat)
            QTest::keyClicks(gate->repeatEdit(), password);
    }

    void importWith(KeyImport::Kind kind, const std::function<void(ImportKeyDialog*)>& fill,
                    const QString& shot)
    {
        const int before = keyCount();
        whenDialogOpens<ImportKeyDialog>([=](ImportKeyDialog* d) {
            d->sourceBox()->setCurrentIndex(d->sourceBox()->findData(static_cast<int>(kind)));
            fill(d);
            screenshot(d, shot);
            QTest::mouseClick(d->importButton(), Qt::LeftButton);
        });
        QTest::mouseClick(m_view->importButton(), Qt::LeftButton);
        QCOMPARE(keyCount(), before + 1);
    }

private slots:
    void initTestCase()
    {
        m_keystore = std::make_unique<Keystore>(m_env.dataDir() + QStringLiteral("/keystore.mrks"));
        m_view = std::make_unique<WalletView>(*m_keystore);
        m_view->resize(900, 640);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void createTheKeystore()
    {
        QCOMPARE(m_view->gate()->mode(), KeystoreGate::Mode::Create);
        QVERIFY(m_view->gate()->isVisible());
        typePassword(QStringLiteral("first password"), false);
        QTest::keyClicks(m_view->gate()->repeatEdit(), QStringLiteral("first passwork"));
        QVERIFY(!m_view->gate()->goButton()->isEnabled()); // they differ
        screenshot(m_view.get(), QStringLiteral("wallet-create-mismatch"));
        m_view->gate()->repeatEdit()->clear();
        QTest::keyClicks(m_view->gate()->repeatEdit(), QStringLiteral("first password"));
        QVERIFY(m_view->gate()->goButton()->isEnabled());
        QTest::mouseClick(m_view->gate()->goButton(), Qt::LeftButton);
        QVERIFY(m_keystore->isUnlocked());
        QVERIFY(m_keystore->exists());
        QVERIFY(m_view->table()->isVisible());
        screenshot(m_view.get(), QStringLiteral("wallet-empty"));
    }

    void createAKeyAndBackUpItsPhrase()
    {
        whenDialogOpens<NewKeyWizard>([](NewKeyWizard* w) {
            NewKeyKindPage* kind = w->kindPage();
            QTest::keyClicks(kind->labelEdit(), QStringLiteral("my polkadot key"));
            screenshot(w, QStringLiteral("wallet-new-key-kind"));
            w->next();
            QCOMPARE(w->currentId(), int(NewKeyWizard::BackupPage));
            QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // not before "written down"
            auto* word1 = w->backupPage()->findChild<QLabel*>(QStringLiteral("word1"));
            QVERIFY(word1 && word1->text().contains(w->mnemonic()->word(0)));
            screenshot(w, QStringLiteral("wallet-new-key-backup"));
            w->backupPage()->writtenDownBox()->setChecked(true);
            w->next();
            MnemonicConfirmPage* confirm = w->confirmPage();
            QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
            const QList<int> asked = confirm->askedPositions();
            QTest::keyClicks(confirm->answerEdits()[0], QStringLiteral("wrongword"));
            QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
            confirm->answerEdits()[0]->clear();
            for (int i = 0; i < 3; ++i)
                QTest::keyClicks(confirm->answerEdits()[i], w->mnemonic()->word(asked[i]).toUpper());
            QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
            screenshot(w, QStringLiteral("wallet-new-key-confirm"));
            QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        });
        QTest::mouseClick(m_view->newButton(), Qt::LeftButton);
        QCOMPARE(keyCount(), 1);
        const KeyInfo k = m_keystore->keys().first();
        QCOMPARE(k.label, QStringLiteral("my polkadot key"));
        QCOMPARE(k.origin, KeyOrigin::SubstrateEd25519);
        QVERIFY(k.hasMnemonic);
        QCOMPARE(m_view->selectedKeyId(), k.id);
        auto* ss58 = m_view->details()->findChild<QLabel*>(QStringLiteral("identity-ss58"));
        QVERIFY(ss58);
        QCOMPARE(ss58->text(), ss58::encode(k.publicKey));
        QTest::mouseClick(m_view->details()->findChild<QPushButton*>(QStringLiteral("copy-ss58")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), ss58->text());
        // Another network's prefix (0: Polkadot) changes the address shown, not the key.
        m_view->setSs58Prefix(0);
        ss58 = m_view->details()->findChild<QLabel*>(QStringLiteral("identity-ss58"));
        QCOMPARE(ss58->text(), ss58::encode(k.publicKey, 0));
        QCOMPARE(m_view->selectedKeyId(), k.id);
        m_view->setSs58Prefix(42);
        screenshot(m_view.get(), QStringLiteral("wallet-one-key"));
    }

    void importOneOfEachFormat()
    {
        const QString filePassword = QStringLiteral("file pw");
        const SecureBytes pw = SecureBytes::fromQByteArray(filePassword.toUtf8());

        const Mnemonic phrase = Mnemonic::generate(12);
        importWith(
            KeyImport::Kind::Mnemonic,
            [&](ImportKeyDialog* d) {
                d->labelEdit()->setText(QStringLiteral("from phrase (eth)"));
                d->textEdit()->setPlainText(QString::fromUtf8(phrase.phrase().toUnsafeQByteArray()));
                d->schemeBox()->setCurrentIndex(
                    d->schemeBox()->findData(static_cast<int>(KeyOrigin::Bip44Secp256k1)));
            },
            QStringLiteral("wallet-import-mnemonic"));

        importWith(
            KeyImport::Kind::Hex,
            [&](ImportKeyDialog* d) {
                d->labelEdit()->setText(QStringLiteral("from hex"));
                d->textEdit()->setPlainText(
                    QString::fromLatin1(secp256k1::randomSecretKey().toUnsafeQByteArray().toHex()));
                d->typeBox()->setCurrentIndex(d->typeBox()->findData(static_cast<int>(KeyType::Secp256k1)));
            },
            QStringLiteral("wallet-import-hex"));

        writeFile(file("solana.json"), SolanaKeypairJson::write(ed25519::randomSeed()));
        importWith(
            KeyImport::Kind::SolanaKeypair,
            [&](ImportKeyDialog* d) {
                d->labelEdit()->setText(QStringLiteral("solana"));
                d->fileEdit()->setText(file("solana.json"));
            },
            QStringLiteral("wallet-import-solana"));

        writeFile(file("eth.json"),
                  EthereumKeystoreJson::encrypt(secp256k1::randomSecretKey(), pw, {1 << 10, 8, 1}));
        // A wrong file password first: the dialog stays open and says so.
        whenDialogOpens<ImportKeyDialog>([&](ImportKeyDialog* d) {
            d->sourceBox()->setCurrentIndex(
                d->sourceBox()->findData(static_cast<int>(KeyImport::Kind::EthereumKeystore)));
            d->fileEdit()->setText(file("eth.json"));
            d->filePasswordEdit()->setText(QStringLiteral("not it"));
            QTest::mouseClick(d->importButton(), Qt::LeftButton);
            QVERIFY(d->isVisible());
            QVERIFY(d->errorLabel()->text().contains(QLatin1String("password is wrong")));
            screenshot(d, QStringLiteral("wallet-import-wrong-password"));
            d->filePasswordEdit()->setText(filePassword);
            QTest::mouseClick(d->importButton(), Qt::LeftButton);
        });
        const int before = keyCount();
        QTest::mouseClick(m_view->importButton(), Qt::LeftButton);
        QCOMPARE(keyCount(), before + 1);

        writeFile(file("dot.json"),
                  PolkadotAccountJson::encrypt(ed25519::randomSeed(), pw, QStringLiteral("dot account"), 42,
                                               {1 << 15, 8, 1}));
        importWith(
            KeyImport::Kind::PolkadotJson,
            [&](ImportKeyDialog* d) {
                d->fileEdit()->setText(file("dot.json"));
                d->filePasswordEdit()->setText(filePassword);
            },
            QStringLiteral("wallet-import-polkadot"));
        const QList<KeyInfo> imported = m_keystore->keys(); // keys() returns a copy: take it once
        QVERIFY(std::any_of(imported.begin(), imported.end(),
                            [](const KeyInfo& k) { return k.label == QLatin1String("dot account"); }));
        QCOMPARE(keyCount(), 6);
        screenshot(m_view.get(), QStringLiteral("wallet-six-keys"));
    }

    void exportAKey()
    {
        const QList<KeyInfo> keys = m_keystore->keys(); // keys() returns a copy: take it once
        const KeyInfo dot = *std::find_if(keys.begin(), keys.end(), [](const KeyInfo& k) {
            return k.label == QLatin1String("dot account");
        });
        m_view->selectKey(dot.id);
        whenDialogOpens<ExportKeyDialog>([&](ExportKeyDialog* d) {
            d->formatBox()->setCurrentIndex(
                d->formatBox()->findData(static_cast<int>(KeyExport::Format::PolkadotJson)));
            d->passwordEdit()->setText(QStringLiteral("export pw"));
            d->repeatEdit()->setText(QStringLiteral("export pw"));
            d->fileEdit()->setText(file("exported.json"));
            screenshot(d, QStringLiteral("wallet-export"));
            QTest::mouseClick(d->exportButton(), Qt::LeftButton);
        });
        QTest::mouseClick(m_view->exportButton(), Qt::LeftButton);
        QFile exported(file("exported.json"));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const auto back =
            PolkadotAccountJson::decrypt(exported.readAll(), SecureBytes::fromQByteArray("export pw"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(ed25519::publicKeyOf(back->seed), dot.publicKey);
    }

    void renameAndDelete()
    {
        const QString id = m_view->selectedKeyId();
        whenDialogOpens<QInputDialog>([](QInputDialog* d) {
            d->setTextValue(QStringLiteral("renamed account"));
            screenshot(d, QStringLiteral("wallet-rename"));
            d->accept();
        });
        QTest::mouseClick(m_view->renameButton(), Qt::LeftButton);
        QCOMPARE(m_keystore->key(id)->label, QStringLiteral("renamed account"));

        // Cancelling the confirmation keeps the key; confirming deletes it.
        whenDialogOpens<QMessageBox>([](QMessageBox* box) {
            screenshot(box, QStringLiteral("wallet-delete-confirm"));
            QVERIFY(box->informativeText().contains(QLatin1String("gone for good")));
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(m_view->deleteButton(), Qt::LeftButton);
        QVERIFY(m_keystore->key(id).has_value());
        whenDialogOpens<QMessageBox>([](QMessageBox* box) {
            for (QAbstractButton* b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        });
        QTest::mouseClick(m_view->deleteButton(), Qt::LeftButton);
        QVERIFY(!m_keystore->key(id).has_value());
        QCOMPARE(keyCount(), 5);
    }

    void lockUnlockAndChangePassword()
    {
        QTest::mouseClick(m_view->lockButton(), Qt::LeftButton);
        QVERIFY(!m_keystore->isUnlocked());
        QCOMPARE(m_view->gate()->mode(), KeystoreGate::Mode::Unlock);
        typePassword(QStringLiteral("wrong password"), false);
        QTest::mouseClick(m_view->gate()->goButton(), Qt::LeftButton);
        QVERIFY(!m_keystore->isUnlocked());
        QVERIFY(m_view->gate()
                    ->findChild<QLabel*>(QStringLiteral("gateError"))
                    ->text()
                    .contains(QLatin1String("password is wrong")));
        screenshot(m_view.get(), QStringLiteral("wallet-locked-wrong-password"));
        typePassword(QStringLiteral("first password"), false);
        QTest::keyClick(m_view->gate()->passwordEdit(), Qt::Key_Return);
        QVERIFY(m_keystore->isUnlocked());
        QCOMPARE(keyCount(), 5);

        whenDialogOpens<ChangePasswordDialog>([](ChangePasswordDialog* d) {
            d->currentEdit()->setText(QStringLiteral("not the password"));
            d->newEdit()->setText(QStringLiteral("second password"));
            d->repeatEdit()->setText(QStringLiteral("second password"));
            QTest::mouseClick(d->changeButton(), Qt::LeftButton);
            QVERIFY(d->errorLabel()->text().contains(QLatin1String("current password is wrong")));
            screenshot(d, QStringLiteral("wallet-change-password"));
            d->currentEdit()->setText(QStringLiteral("first password"));
            QTest::mouseClick(d->changeButton(), Qt::LeftButton);
        });
        QTest::mouseClick(m_view->changePasswordButton(), Qt::LeftButton);
        Keystore reopened(m_keystore->path());
        QVERIFY(!reopened.unlock(SecureBytes::fromQByteArray("first password")).ok());
        QVERIFY(reopened.unlock(SecureBytes::fromQByteArray("second password")).ok());
        QCOMPARE(reopened.keys().size(), 5);
    }
};

QTEST_MAIN(TestWalletGui)
#include "TestWalletGui.moc"
