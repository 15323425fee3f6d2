#include "ScoresPanel.h"

#include "core/storage/Database.h"

#include "core/rules/StatusRules.h"
#include "core/services/OpenLedger.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

constexpr int kUnitIndexRole = Qt::UserRole + 1;

/// Points with their sign: "+2", "−5" (a real minus), "0".
QString pointsText(int points)
{
    if (points > 0)
        return QStringLiteral("+%1").arg(points);
    if (points < 0)
        return QStringLiteral("−%1").arg(-points);
    return QStringLiteral("0");
}

QString dayText(const QDate &d)
{
    return d.toString(QCoreApplication::translate("duban::ui::ScoresPanel", "yyyy-MM-dd"));
}

} // namespace

ScoresPanel::ScoresPanel(core::OpenLedger *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_note(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    QStringList headers{tr("Rank"), tr("Unit"), tr("Score")};
    for (int k = 0; k < kScoreKindCount; ++k)
        headers.append(scoreKindText(static_cast<ScoreKind>(k)));
    m_tree->setColumnCount(kColumns);
    m_tree->setHeaderLabels(headers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Unit, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    // A unit's items are many on a large ledger: they are put in when it is expanded.
    connect(m_tree, &QTreeWidget::itemExpanded, this, &ScoresPanel::fillItems);
}

QString ScoresPanel::itemText(const ScoreItem &item)
{
    const QString kind = scoreKindText(item.kind);
    switch (item.kind) {
    case ScoreKind::ReportMissing:
        return tr("%1, task %2, %3 (due by %4)")
            .arg(kind, item.task, reportingPeriodText(item.period.first, item.period.last),
                 dayText(item.period.due));
    case ScoreKind::ReportLate:
        return tr("%1, task %2, %3 (due by %4, reported %5)")
            .arg(kind, item.task, reportingPeriodText(item.period.first, item.period.last),
                 dayText(item.period.due), dayText(item.date));
    case ScoreKind::NotSigned:
        return tr("%1, task %2, due by %3").arg(kind, item.task, dayText(item.date));
    case ScoreKind::Overdue:
        return tr("%1, task %2, deadline %3").arg(kind, item.task, dayText(item.date));
    case ScoreKind::CompletedOnTime:
    case ScoreKind::Returned:
        break;
    }
    return item.date.isValid() ? tr("%1, task %2, on %3").arg(kind, item.task, dayText(item.date))
                               : tr("%1, task %2").arg(kind, item.task);
}

void ScoresPanel::markDirty()
{
    m_dirty = true;
    if (isVisible())
        refreshInBackground();
}

void ScoresPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refreshInBackground();
}

void ScoresPanel::refresh()
{
    m_dirty = false;
    ++m_generation;
    StorageError error;
    std::optional<ScoreRanking> ranking = ScoreService(m_store->database()).scores(m_store->asOf(), &error);
    showRanking(std::move(ranking), error);
}

void ScoresPanel::refreshInBackground()
{
    m_dirty = false;
    const int generation = ++m_generation;
    const QDate asOf = m_store->asOf();
    //: zh_CN: 正在计算考核得分…
    m_note->setText(tr("Computing the scores…"));
    m_store->readInBackground(this, [this, generation, asOf](Database *session) {
        auto ranking = std::make_shared<std::optional<ScoreRanking>>();
        auto error = std::make_shared<StorageError>();
        if (session) {
            *ranking = ScoreService(*session).scores(asOf, error.get());
        } else {
            error->code = StorageError::Code::Query;
            //: zh_CN: 无法再次打开数据库
            error->message = tr("The database could not be opened again.");
        }
        // Runs on the window's thread, only while the panel exists.
        return std::function<void()>([this, generation, ranking, error] {
            if (generation == m_generation)
                showRanking(std::move(*ranking), *error);
        });
    });
}

void ScoresPanel::showRanking(std::optional<ScoreRanking> ranking, const StorageError &error)
{
    m_tree->clear();
    m_ranking = ranking.value_or(ScoreRanking{});
    if (!ranking) {
        m_note->setText(tr("The scores cannot be computed: %1").arg(error.message));
        emit refreshed();
        return;
    }
    const ScorePoints &p = m_ranking.points;
    //: zh_CN: 截至%1，基础分%2分：未签收每项%3，未报%4，迟报%5，逾期每项任务%6，按时办结%7，退回%8。
    m_note->setText(
        tr("As of %1, from a base of %2: not acknowledged %3 each, report missing %4, report late "
           "%5, overdue %6 per task, completed on time %7, completion returned %8.")
            .arg(dayText(m_ranking.asOf))
            .arg(p.base)
            .arg(pointsText(p.of(ScoreKind::NotSigned)), pointsText(p.of(ScoreKind::ReportMissing)),
                 pointsText(p.of(ScoreKind::ReportLate)), pointsText(p.of(ScoreKind::Overdue)),
                 pointsText(p.of(ScoreKind::CompletedOnTime)), pointsText(p.of(ScoreKind::Returned))));
    QList<QTreeWidgetItem *> rows;
    rows.reserve(m_ranking.units.size());
    for (qsizetype i = 0; i < m_ranking.units.size(); ++i) {
        const UnitScore &s = m_ranking.units.at(i);
        auto *row = new QTreeWidgetItem();
        row->setText(Rank, QString::number(s.rank));
        row->setText(Unit, s.unit);
        row->setText(Score, QString::number(s.score));
        row->setData(Rank, kUnitIndexRole, int(i));
        for (int k = 0; k < kScoreKindCount; ++k)
            row->setText(FirstKind + k, QString::number(s.counts[size_t(k)]));
        for (int c = 0; c < kColumns; ++c)
            if (c != Unit)
                row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(Unit,
                        s.items.isEmpty() ? tr("No items: the base score") : tr("Expand for the items"));
        if (!s.items.isEmpty())
            row->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        rows.append(row);
    }
    m_tree->addTopLevelItems(rows);
    emit refreshed();
}

void ScoresPanel::fillItems(QTreeWidgetItem *unitRow)
{
    if (unitRow->parent() || unitRow->childCount() > 0)
        return;
    const int i = unitRow->data(Rank, kUnitIndexRole).toInt();
    if (i < 0 || i >= m_ranking.units.size())
        return;
    QList<QTreeWidgetItem *> children;
    for (const ScoreItem &item : m_ranking.units.at(i).items) {
        auto *child = new QTreeWidgetItem();
        child->setText(Unit, itemText(item));
        child->setToolTip(Unit, child->text(Unit));
        child->setText(Score, pointsText(item.points));
        child->setTextAlignment(Score, Qt::AlignRight | Qt::AlignVCenter);
        children.append(child);
    }
    unitRow->addChildren(children);
}

} // namespace duban::ui
