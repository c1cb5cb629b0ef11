#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <chrono>

namespace modreg {

// One devnet service (anvil or js-ipfs) running as our child process. Its output goes to a log
// file, so a failure can quote the node's own last words. The child gets SIGTERM if we die,
// even by SIGKILL, so a crash of Modreg does not leave it running.
class DevnetNode : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QString displayName; // "the chain node (anvil)": used in sentences shown to the user
        QString program;
        QStringList arguments;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString logPath;
    };

    explicit DevnetNode(Spec spec, QObject* parent = nullptr);
    ~DevnetNode() override;

    void start();
    bool isRunning() const;
    qint64 pid() const;
    const Spec& spec() const { return m_spec; }

    // SIGTERM (anvil writes its state file on it), then SIGKILL after `grace`.
    void stop(std::chrono::milliseconds grace);

    // The last lines the node wrote, for error messages.
    QString logTail(int lines = 8) const;

signals:
    // The process ended without stop() being called, or could not start at all.
    void exitedUnexpectedly(const QString& reason);

private:
    Spec m_spec;
    QProcess m_process;
    bool m_stopping = false;
};

} // namespace modreg
