#pragma once

#include "store/SearchQuery.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;

namespace modreg {
class BackgroundSearch;
class Services;
} // namespace modreg

namespace modreg::ui {

class SearchResultsModel;

// Search the local replica as you type: ranked results with the matched words in bold, filters
// (author, tag, key type, verified only, changed since a block), the keyboard all the way (Ctrl+F
// focuses the words, Down goes to the results, Enter opens a module), and a clear "no results" state.
// It reads only the replica: no query leaves the machine.
class SearchView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchView(Services& services, QWidget* parent = nullptr);

    // Ctrl+F: the words, selected, ready to type over.
    void focusQuery();
    // Runs the search now (the debounce timer does this while typing).
    void search();

    QLineEdit* queryEdit() const { return m_query; }
    QLineEdit* authorEdit() const { return m_author; }
    QLineEdit* tagEdit() const { return m_tag; }
    QComboBox* keyTypeBox() const { return m_keyType; }
    QCheckBox* verifiedBox() const { return m_verified; }
    QListView* resultsView() const { return m_results; }
    SearchResultsModel* results() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void openModule(const QByteArray& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openCurrent();
    void bindSearcher(); // the replica's, when Services opens another
    void showHits(const SearchQuery& query, const SearchResults& results, double ms);

    Services& m_services;
    QLineEdit* m_query;
    QLineEdit* m_author;
    QLineEdit* m_tag;
    QComboBox* m_keyType;
    QCheckBox* m_verified;
    QSpinBox* m_sinceBlock;
    QListView* m_results;
    SearchResultsModel* m_model;
    QLabel* m_status;
    QTimer m_debounce;
    QPointer<BackgroundSearch> m_searcher; // the one found() is connected to
};

} // namespace modreg::ui
