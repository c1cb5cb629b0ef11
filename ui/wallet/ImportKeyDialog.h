#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace modreg {
class Keystore;
}

namespace modreg::ui {

class PasswordEdit;

// Importing a key: a recovery phrase, a hex key, or another wallet's key file. Stays open on a
// mistake and says exactly what is wrong.
class ImportKeyDialog : public QDialog
{
    Q_OBJECT
public:
    ImportKeyDialog(Keystore& keystore, QWidget* parent = nullptr);

    QString importedKeyId() const { return m_importedId; }

    QComboBox* sourceBox() const { return m_source; }
    QLineEdit* labelEdit() const { return m_label; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* schemeBox() const { return m_scheme; }
    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* fileEdit() const { return m_file; }
    PasswordEdit* filePasswordEdit() const { return m_filePassword; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* importButton() const { return m_import; }

private:
    void onSourceChanged();
    void browse();
    void import();

    Keystore& m_keystore;
    QComboBox* m_source;
    QLineEdit* m_label;
    QStackedWidget* m_inputs;
    QPlainTextEdit* m_text;
    QComboBox* m_type;
    QComboBox* m_scheme;
    QLineEdit* m_path;
    QLineEdit* m_file;
    PasswordEdit* m_filePassword;
    QWidget* m_typeRow;
    QWidget* m_schemeRow;
    QWidget* m_passwordRow;
    QLabel* m_error;
    QPushButton* m_import;
    QString m_importedId;
};

} // namespace modreg::ui
