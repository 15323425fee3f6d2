#pragma once

#include "core/services/ScoreService.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// The dashboard's 考核 table: the units ranked by score as of the ledger's date (rank, unit, score, the
/// count of each kind), each unit expanding into its explained items. Computed when shown after a change:
/// scoring reads every report.
class ScoresPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoresPanel)
public:
    enum Column
    {
        Rank,
        Unit,
        Score,
        FirstKind ///< then one column per ScoreKind
    };
    static constexpr int kColumns = FirstKind + core::kScoreKindCount;

    explicit ScoresPanel(core::OpenLedger *store, QWidget *parent = nullptr);

    const core::ScoreRanking &ranking() const { return m_ranking; }
    QTreeWidget *tree() const { return m_tree; }
    /// An item in words: "Report missing, task 3, 2023-06 (due by 2023-07-05)".
    static QString itemText(const core::ScoreItem &item);

public slots:
    /// Computes the scores now (the window waits).
    void refresh();
    /// Computes them in a worker thread; refreshed() when they are shown.
    void refreshInBackground();
    /// Recomputes (in the background) now if shown, else when next shown.
    void markDirty();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRanking(std::optional<core::ScoreRanking> ranking, const core::StorageError &error);
    void fillItems(QTreeWidgetItem *unitRow);

    core::OpenLedger *m_store;
    core::ScoreRanking m_ranking;
    QLabel *m_note;
    QTreeWidget *m_tree;
    bool m_dirty = true;
    int m_generation = 0; ///< of the latest computation asked for: an older one's result is dropped
};

} // namespace duban::ui
