#include "search/SearchView.h"

#include "search/SearchResultDelegate.h"
#include "search/SearchResultsModel.h"
#include "services/BackgroundSearch.h"
#include "services/Services.h"
#include "shell/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QVBoxLayout>

namespace modreg::ui {

namespace {
constexpr int kResults = 50;
constexpr int kDebounceMs = 120;
} // namespace

SearchView::SearchView(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_query(new QLineEdit)
    , m_author(new QLineEdit)
    , m_tag(new QLineEdit)
    , m_keyType(new QComboBox)
    , m_verified(new QCheckBox(tr("&Verified only")))
    , m_sinceBlock(new QSpinBox)
    , m_results(new QListView)
    , m_model(new SearchResultsModel(this))
    , m_status(new QLabel)
{
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search modules: words, \"a phrase\", or the start of a word"));
    m_query->setClearButtonEnabled(true);
    QFont big = m_query->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_query->setFont(big);
    m_author->setPlaceholderText(tr("any"));
    m_tag->setPlaceholderText(tr("any"));
    m_keyType->addItem(tr("any"));
    m_keyType->addItem(tr("ed25519"), static_cast<int>(ModuleKey::Type::Ed25519));
    m_keyType->addItem(tr("Ethereum address"), static_cast<int>(ModuleKey::Type::EthereumAddress));
    m_keyType->addItem(tr("secp256k1 public key"), static_cast<int>(ModuleKey::Type::Secp256k1));
    m_sinceBlock->setRange(0, std::numeric_limits<int>::max());
    m_sinceBlock->setSpecialValueText(tr("any block"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    const auto labelled = [&](const QString& text, QWidget* w) {
        auto* label = new QLabel(text);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    labelled(tr("&Author:"), m_author);
    labelled(tr("&Tag:"), m_tag);
    labelled(tr("&Key:"), m_keyType);
    labelled(tr("Changed since:"), m_sinceBlock);
    filters->addWidget(m_verified);
    filters->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(makeHeading(tr("Search")));
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchView::search);
    for (QLineEdit* e : {m_query, m_author, m_tag})
        connect(e, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_keyType, &QComboBox::currentIndexChanged, this, &SearchView::search);
    connect(m_verified, &QCheckBox::toggled, this, &SearchView::search);
    connect(m_sinceBlock, &QSpinBox::valueChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListView::activated, this, &SearchView::openCurrent);
    connect(&m_services, &Services::replicaChanged, this, &SearchView::bindSearcher);
    connect(&m_services, &Services::replicaChanged, &m_debounce, [this] {
        if (!m_query->text().trimmed().isEmpty() && !m_debounce.isActive())
            m_debounce.start(1000); // new modules may match: search again, calmly
    });
    m_query->installEventFilter(this);
    m_results->installEventFilter(this);
    bindSearcher();
    search();
}

void SearchView::bindSearcher()
{
    if (m_searcher == m_services.searcher())
        return;
    if (m_searcher)
        disconnect(m_searcher, nullptr, this, nullptr);
    m_searcher = m_services.searcher();
    if (!m_searcher)
        return;
    connect(m_searcher, &BackgroundSearch::found, this, &SearchView::showHits);
    connect(m_searcher, &BackgroundSearch::failed, this, [this](const SearchQuery&, const QString& why) {
        m_model->setHits({});
        m_status->setText(tr("The search failed: %1").arg(why));
    });
}

void SearchView::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchView::search()
{
    m_debounce.stop();
    bindSearcher();
    BackgroundSearch* searcher = m_services.searcher();
    SearchQuery query;
    query.text = m_query->text();
    query.author = m_author->text().trimmed();
    query.tag = m_tag->text().trimmed();
    if (m_keyType->currentData().isValid())
        query.keyType = static_cast<ModuleKey::Type>(m_keyType->currentData().toInt());
    query.verifiedOnly = m_verified->isChecked();
    query.updatedSinceBlock = static_cast<quint64>(m_sinceBlock->value());
    query.limit = kResults;
    const bool anything = !query.text.trimmed().isEmpty() || !query.author.isEmpty() ||
                          !query.tag.isEmpty() || query.keyType || query.verifiedOnly ||
                          query.updatedSinceBlock > 0;
    if (!searcher || !anything) {
        if (searcher)
            searcher->cancel(); // a search still running for earlier words must not fill the list
        m_model->setHits({});
        m_status->setText(searcher ? tr("Type to search every module in your local replica. Nothing you type "
                                        "leaves this machine.")
                          : !m_services.replicaProblem().isEmpty()
                              ? m_services.replicaProblem()
                              : tr("There is no local replica yet: it is made when Modreg first syncs the "
                                   "registry."));
        return;
    }
    searcher->search(query); // answered in show(), off this thread
}

void SearchView::showHits(const SearchQuery& query, const SearchResults& results, double ms)
{
    const qsizetype count = results.hits.size();
    m_model->setHits(results.hits);
    if (count == 0)
        m_status->setText(query.text.trimmed().isEmpty()
                              ? tr("No module passes these filters.")
                              : tr("No module matches \"%1\". Try fewer or shorter words, or fewer filters.")
                                    .arg(query.text.trimmed()));
    else if (results.matches < 0) // no words: by name
        m_status->setText(tr("%Ln module(s) shown, by name (%1 ms). Enter opens the selected one.", nullptr,
                             static_cast<int>(count))
                              .arg(ms, 0, 'f', 1));
    else if (results.matchesExact)
        m_status->setText(tr("%Ln module(s) match, the best first (%1 ms). Enter opens the selected one.",
                             nullptr, static_cast<int>(results.matches))
                              .arg(ms, 0, 'f', 1));
    else
        m_status->setText(tr("About %1 modules match, the best first (%2 ms). Enter opens the selected one.")
                              .arg(QLocale().toString(results.matches))
                              .arg(ms, 0, 'f', 1));
    if (count > 0)
        m_results->setCurrentIndex(m_model->index(0));
}

void SearchView::openCurrent()
{
    const QModelIndex current = m_results->currentIndex();
    if (current.isValid())
        emit openModule(current.data(SearchResultsModel::KeyRole).toByteArray());
}

bool SearchView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (watched == m_query && (key == Qt::Key_Down || key == Qt::Key_PageDown) &&
            m_model->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0));
            return true;
        }
        if (watched == m_query && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            if (m_debounce.isActive())
                search(); // what was typed, not what was found a moment ago
            openCurrent();
            return true;
        }
        if (watched == m_results && key == Qt::Key_Up && m_results->currentIndex().row() == 0) {
            m_query->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (watched == m_results && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace modreg::ui
