#pragma once

#include "core/rules/StatusLight.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace duban::core {

/// One task as the ledger shows and filters it: display strings plus precomputed search keys.
struct TaskRow
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 sectionId = 0;
    QString code;
    QString section; ///< "（一）有效投资扩容行动"
    QString title;
    QString lead;     ///< the first lead unit
    QString leadText; ///< every lead joined with 、 (the same string as `lead` when there is one)
    QString coText;   ///< co-units joined with 、
    qint64 leadUnit = 0;
    std::vector<qint64> otherLeads; ///< the leads after the first ("A、B牵头"); usually empty
    std::vector<qint64> coUnits;

    bool isLead(qint64 unitId) const
    {
        return unitId == leadUnit ||
               std::find(otherLeads.begin(), otherLeads.end(), unitId) != otherLeads.end();
    }
    bool isCoUnit(qint64 unitId) const
    {
        return std::find(coUnits.begin(), coUnits.end(), unitId) != coUnits.end();
    }
    qint32 deadline = 0; ///< julian day, 0 = none
    qint32 completedOn = 0;
    qint32 deadlineOriginal = 0; ///< julian day: the deadline before an approved extension, 0 = none
    quint8 status = 0;           ///< TaskStatus
    quint8 stage = 0;            ///< TaskStage (where the task stands in the loop)
    QString haystack;            ///< lower-case code + title + text; the index moves it into its text buffer
};

/// What the ledger's filter bar asks for. Empty / zero members match everything.
struct TaskFilter
{
    enum class UnitRole
    {
        Any,
        Lead,
        Co
    };

    QString text;
    qint64 unitId = 0;
    UnitRole unitRole = UnitRole::Any;
    qint64 sectionId = 0;
    int status = -1;                           ///< TaskStatus value, -1: any
    std::optional<Light> light;                ///< any light when unset
    std::optional<ScheduleJudgement> schedule; ///< any standing against 序时进度 when unset

    bool operator==(const TaskFilter &) const = default;
};

/// The in-memory index the ledger filters and sorts: a plain loop over precomputed keys instead of a
/// QSortFilterProxyModel, cached sort permutations per column; the table model only maps rows.
class TaskIndex final
{
public:
    enum class Column
    {
        Code,
        Section,
        Title,
        Lead,
        CoUnits,
        Deadline,
        Status,
        Light,
        Progress,
        LastReport,
        Schedule,        ///< 序时进度 judgement: not started, behind, on schedule, ahead, completed
        Stage,           ///< the loop: 已交办, 已签收, 办理中, 办结待审, 已销号
        OriginalDeadline ///< the deadline before an approved extension (原定时限)
    };
    static constexpr int columnCount = 13;

    TaskIndex() = default;
    explicit TaskIndex(std::vector<TaskRow> rows);

    int size() const { return int(m_rows.size()); }
    const TaskRow &row(int i) const { return m_rows[size_t(i)]; }
    const std::vector<TaskRow> &rows() const { return m_rows; }
    /// Position of a task id in the full row set, or -1.
    int indexOf(qint64 taskId) const;

    /// Per-row values filled in by the rules for an as-of date, aligned with the rows: the light with its
    /// reasons, the latest reported percent (-1: none) and the day of the latest report (julian day, 0).
    /// The index keeps the one array of lights: a row added later gets a green placeholder until
    /// setRowStatus() judges it.
    void setStatus(std::vector<StatusLight> lights, std::vector<qint8> percent,
                   std::vector<qint32> lastReport);
    /// One row's status after an edit; keeps the cached orders in step without re-sorting.
    void setRowStatus(int i, const StatusLight &light, qint8 percent, qint32 lastReport);
    /// Whether setStatus() has judged the rows (every row has a status).
    bool hasStatus() const { return !m_rows.empty() && m_status.size() == m_rows.size(); }
    /// Builds the sort order of every column now (e.g. in a loading thread) instead of on first use.
    void buildAllOrders();
    /// Row i's light with its reasons (green with none before the rules ran).
    const StatusLight &status(int i) const;
    /// Every row's status, aligned with rows() once hasStatus().
    const std::vector<StatusLight> &statuses() const { return m_status; }
    std::optional<Light> light(int i) const
    {
        return i >= 0 && i < int(m_status.size()) ? std::optional<Light>(m_status[size_t(i)].light)
                                                  : std::nullopt;
    }
    /// The row's schedule judgement, if the rules have run.
    std::optional<ScheduleJudgement> schedule(int i) const
    {
        return i >= 0 && i < int(m_status.size()) ? std::optional(m_status[size_t(i)].schedule)
                                                  : std::nullopt;
    }
    qint8 progress(int i) const { return i < int(m_progress.size()) ? m_progress[size_t(i)] : qint8(-1); }
    qint32 lastReport(int i) const { return i < int(m_lastReport.size()) ? m_lastReport[size_t(i)] : 0; }

    /// Replaces or inserts one row (after an edit), keeping caches consistent.
    void upsert(TaskRow row);
    void remove(qint64 taskId);

    /// The row indexes matching `filter`, in the order of `column` (ascending or not).
    std::vector<int> query(const TaskFilter &filter, Column column, bool ascending) const;
    /// Whether row i passes the non-text parts of `filter`.
    bool matchesFields(int i, const TaskFilter &filter) const;
    /// Rows whose search text contains `needle` (lower-case), as a bitmap over all rows.
    std::vector<bool> textMatches(const QString &needle) const;

    static QString searchKey(const QString &code, const QString &title, const QString &text);
    /// Codes in the order a plan numbers them: numbers by value, Arabic before Chinese numerals, a code
    /// before its sub-codes: "2" < "10" < "四（二）" < "四（十）" < "五（一）"; "3" < "3-1" < "3-2".
    static int compareCodes(const QString &a, const QString &b);

private:
    const std::vector<int> &order(Column column) const;
    bool less(Column column, int a, int b) const;
    /// The light as a sort key: -1 before the rules ran, else the Light value (red above green).
    int lightRank(int i) const { return i < int(m_status.size()) ? int(m_status[size_t(i)].light) : -1; }
    /// The schedule judgement as a sort key: -1 before the rules ran.
    int scheduleRank(int i) const
    {
        return i < int(m_status.size()) ? int(m_status[size_t(i)].schedule) : -1;
    }
    /// Moves row i to its place in every cached order (after its values changed).
    void reposition(int i);
    /// Drops the cached orders that depend on the status arrays.
    void invalidateStatusOrders();

    /// Appends row i's search text to the buffer (also after an edit: its old bytes become unreachable).
    void indexText(int i, const QString &haystack);
    void rebuildText();
    void compactText();

    std::vector<TaskRow> m_rows;
    QHash<qint64, int> m_byId;
    // The search texts of all rows, UTF-8, lower-case, one after the other: a text filter is one memmem
    // pass over this buffer instead of a million small searches. m_textStarts maps buffer offsets back to
    // rows (ascending offsets; row -1 for text replaced by an edit).
    QByteArray m_text;
    std::vector<std::pair<qsizetype, int>> m_textStarts;
    std::vector<qsizetype> m_textOf; ///< per row: its entry in m_textStarts
    qsizetype m_garbage = 0;
    std::vector<StatusLight> m_status;
    std::vector<qint8> m_progress;
    std::vector<qint32> m_lastReport;
    mutable std::vector<std::vector<int>> m_orders; // per column, lazily built
};

} // namespace duban::core
