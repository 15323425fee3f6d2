#include "RollCallPanel.h"

#include "core/rules/StatusRules.h"
#include "core/services/OpenLedger.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

constexpr int kTaskIdRole = Qt::UserRole + 1;

} // namespace

RollCallPanel::RollCallPanel(core::OpenLedger *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Unit / task"), tr("Period owed"), tr("Due by")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(Name, kTaskIdRole).toLongLong();
        if (id > 0)
            emit taskActivated(id);
    });
}

void RollCallPanel::refresh()
{
    setEntries(m_store->statistics().rollCall);
}

void RollCallPanel::setEntries(const QList<RollCallEntry> &entries)
{
    m_tree->clear();
    qsizetype tasks = 0;
    const QString dayFormat = QCoreApplication::translate("duban::ui::RollCallPanel", "yyyy-MM-dd");
    for (const RollCallEntry &e : entries) {
        auto *unit = new QTreeWidgetItem(m_tree);
        unit->setText(Name, tr("%1 (%n task(s))", nullptr, int(e.tasks.size())).arg(e.unit));
        for (const RollCallEntry::Missing &m : e.tasks) {
            auto *task = new QTreeWidgetItem(unit);
            task->setText(Name, QStringLiteral("%1  %2").arg(m.code, m.title));
            task->setToolTip(Name, m.title);
            task->setData(Name, kTaskIdRole, m.taskId);
            task->setText(Period, reportingPeriodText(m.since, m.until));
            task->setText(Due, m.due.toString(dayFormat));
        }
        tasks += e.tasks.size();
    }
    m_tree->expandAll();
    m_summary->setText(entries.isEmpty() ? tr("Every lead unit has reported for the period it owes.")
                                         : tr("%n unit(s) have not reported for the period owed: %1 task(s).",
                                              nullptr, int(entries.size()))
                                               .arg(tasks));
}

} // namespace duban::ui
