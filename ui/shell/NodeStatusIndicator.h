#pragma once

#include <QWidget>

class QLabel;

namespace modreg {
struct IpfsStatus;
struct ChainStatus;
} // namespace modreg

namespace modreg::ui {

// A coloured dot and one line for the status bar: green when the node answers, red when it does
// not (the tooltip says why), grey while there is nothing to ask.
class NodeStatusIndicator : public QWidget
{
    Q_OBJECT
public:
    enum class Health
    {
        Unknown,
        Up,
        Down
    };

    explicit NodeStatusIndicator(QWidget* parent = nullptr);

    void showIpfs(const IpfsStatus& status);
    void showChain(const ChainStatus& status);
    void showWaiting(const QString& what);

    Health health() const { return m_health; }
    QString text() const;

private:
    void show(Health health, const QString& text, const QString& tooltip);

    Health m_health = Health::Unknown;
    QLabel* m_dot;
    QLabel* m_text;
};

} // namespace modreg::ui
