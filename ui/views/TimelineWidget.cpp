#include "TimelineWidget.h"

#include "core/services/OpenLedger.h"
#include "ui/views/LoopText.h"

#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace duban::ui {

using namespace duban::core;

namespace {

QString dayOf(const HistoryEntry &e)
{
    return (e.date.isValid() ? e.date : e.recordedAt.date()).toString(Qt::ISODate);
}

QString recorded(const HistoryEntry &e)
{
    //: who recorded a step and when; zh_CN: %1 记录于 %2
    return TimelineWidget::tr("%1, recorded %2")
        .arg(e.actor, e.recordedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace

TimelineWidget::TimelineWidget(core::OpenLedger *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);
    m_browser->setMinimumHeight(240);
    m_browser->setMaximumHeight(420);
    layout->addWidget(m_browser);
    auto follow = [this](qint64 id) {
        if (id && id == m_taskId)
            reload();
    };
    connect(store, &core::OpenLedger::taskChanged, this, follow);
    connect(store, &core::OpenLedger::historyChanged, this, follow);
    connect(store, &core::OpenLedger::outsideChange, this, &TimelineWidget::reload);
    connect(store, &core::OpenLedger::reset, this, &TimelineWidget::reload);
}

void TimelineWidget::setTask(qint64 taskId)
{
    if (taskId == m_taskId && (taskId == 0 || !m_entries.isEmpty()))
        return;
    m_taskId = taskId;
    reload();
}

QString TimelineWidget::entryText(const HistoryEntry &e)
{
    QStringList parts{dayOf(e), LoopText::kind(e)};
    if (!e.unit.isEmpty())
        parts.append(e.unit);
    const QString details = LoopText::details(e);
    if (!details.isEmpty())
        parts.append(details);
    parts.append(QStringLiteral("(") + recorded(e) + QStringLiteral(")"));
    return parts.join(QLatin1Char(' '));
}

void TimelineWidget::reload()
{
    m_entries = m_taskId ? m_store->loop().history(m_taskId) : QList<HistoryEntry>();
    std::reverse(m_entries.begin(), m_entries.end()); // newest first, as the reports list
    if (m_entries.isEmpty()) {
        m_browser->setHtml(m_taskId ? QStringLiteral("<p style=\"color:gray\">%1</p>")
                                          .arg(tr("Nothing recorded yet.").toHtmlEscaped())
                                    : QString());
        return;
    }
    QString html;
    for (const HistoryEntry &e : std::as_const(m_entries)) {
        const bool withdrawn = e.kind == historyKind::withdrawn();
        html +=
            QStringLiteral("<p style=\"margin-top:0; margin-bottom:6px\"><b>%1</b>&nbsp;&nbsp;<b%2>%3</b>")
                .arg(dayOf(e), withdrawn ? QStringLiteral(" style=\"color:gray\"") : QString(),
                     LoopText::kind(e).toHtmlEscaped());
        if (!e.unit.isEmpty())
            html += QStringLiteral("&nbsp;&nbsp;") + e.unit.toHtmlEscaped();
        const QString details = LoopText::details(e);
        if (!details.isEmpty())
            html += QStringLiteral("<br>") + details.toHtmlEscaped();
        html +=
            QStringLiteral("<br><span style=\"color:gray\">%1</span></p>").arg(recorded(e).toHtmlEscaped());
    }
    m_browser->setHtml(html);
}

} // namespace duban::ui
