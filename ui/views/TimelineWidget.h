#pragma once

#include "core/domain/Loop.h"

#include <QWidget>

class QTextBrowser;
namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// A task's history (留痕) as a timeline, newest first: every step of the loop, every report, record and
/// edit, each with the day it took effect, what it was, for which unit, what it said (an edit as
/// "字段：旧 → 新"), who recorded it and when. Read only: the history is never changed.
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)
public:
    explicit TimelineWidget(core::OpenLedger *store, QWidget *parent = nullptr);

    void setTask(qint64 taskId);
    /// The entries as shown, newest first.
    const QList<core::HistoryEntry> &entries() const { return m_entries; }
    /// One entry in words, as shown (tests, copy).
    static QString entryText(const core::HistoryEntry &entry);
    QTextBrowser *browser() const { return m_browser; }

private:
    void reload();

    core::OpenLedger *m_store;
    qint64 m_taskId = 0;
    QList<core::HistoryEntry> m_entries;
    QTextBrowser *m_browser;
};

} // namespace duban::ui
