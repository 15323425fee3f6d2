#include "TaskIndex.h"

#include "core/rules/ChineseNumber.h"

#include <cstring>

#include <algorithm>
#include <numeric>

namespace duban::core {

namespace {

// One piece of a task code as the codes compare: a number written in Arabic digits, a number written in
// Chinese numerals, or one other character (brackets and separators).
struct CodeToken
{
    enum Kind
    {
        Arabic,  ///< "12": before Chinese numerals (1 … 34 come before 四（一）)
        Chinese, ///< "十二"
        Other    ///< one character: after numbers ("3" < "3-1")
    };
    Kind kind = Other;
    qint64 value = 0; ///< the number, or the character's code point
};

// Full-width ASCII forms (（ ） １ －) read as their half-width twins: "（1）" and "(1)" sort together.
char16_t folded(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0xFF01 && u <= 0xFF5E ? char16_t(u - 0xFEE0) : u;
}

bool isChineseNumeral(QChar c)
{
    return QStringView(u"〇○零一二三四五六七八九十百两").contains(c);
}

// Reads the tokens of a code one after the other, without allocating.
class CodeTokens final
{
public:
    explicit CodeTokens(const QString &code) : m_code(code) {}

    bool atEnd() const { return m_at >= m_code.size(); }

    CodeToken next()
    {
        const qsizetype start = m_at;
        const char16_t first = folded(m_code.at(m_at));
        if (first >= u'0' && first <= u'9') {
            qint64 n = 0;
            int digits = 0;
            for (; m_at < m_code.size(); ++m_at) {
                const char16_t c = folded(m_code.at(m_at));
                if (c < u'0' || c > u'9')
                    break;
                if (++digits <= 15) // longer numbers than any code has compare by their first 15 digits
                    n = n * 10 + (c - u'0');
            }
            return {CodeToken::Arabic, n};
        }
        if (isChineseNumeral(m_code.at(m_at))) {
            while (m_at < m_code.size() && isChineseNumeral(m_code.at(m_at)))
                ++m_at;
            const QStringView run = QStringView(m_code).mid(start, m_at - start);
            if (const auto n = chineseNumber(run))
                return {CodeToken::Chinese, *n};
            if (const auto n = chineseDigitString(run))
                return {CodeToken::Chinese, *n};
            m_at = start; // not a number (十十): its characters compare one by one
        }
        ++m_at;
        return {CodeToken::Other, qint64(first)};
    }

private:
    const QString &m_code;
    qsizetype m_at = 0;
};

} // namespace

int TaskIndex::compareCodes(const QString &a, const QString &b)
{
    CodeTokens ta(a);
    CodeTokens tb(b);
    while (!ta.atEnd() && !tb.atEnd()) {
        const CodeToken x = ta.next();
        const CodeToken y = tb.next();
        if (x.kind != y.kind)
            return x.kind < y.kind ? -1 : 1;
        if (x.value != y.value)
            return x.value < y.value ? -1 : 1;
    }
    if (ta.atEnd() != tb.atEnd())
        return ta.atEnd() ? -1 : 1; // a code before its sub-codes: "3" < "3-1"
    return a.compare(b);            // the same numbers written differently ("(1)", "（1）"): a fixed order
}

TaskIndex::TaskIndex(std::vector<TaskRow> rows) : m_rows(std::move(rows))
{
    m_byId.reserve(qsizetype(m_rows.size()));
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_byId.insert(m_rows[size_t(i)].id, i);
    rebuildText();
}

void TaskIndex::indexText(int i, const QString &haystack)
{
    if (m_textOf.size() < m_rows.size())
        m_textOf.resize(m_rows.size(), -1);
    const qsizetype old = m_textOf[size_t(i)];
    if (old >= 0) {
        m_textStarts[size_t(old)].second = -1;
        ++m_garbage;
    }
    m_textOf[size_t(i)] = qsizetype(m_textStarts.size());
    m_textStarts.emplace_back(m_text.size(), i);
    m_text.append(haystack.toUtf8());
    m_text.append('\0'); // a separator no search text contains
}

void TaskIndex::compactText()
{
    QByteArray text;
    text.reserve(m_text.size());
    std::vector<std::pair<qsizetype, int>> starts;
    starts.reserve(m_rows.size());
    std::vector<qsizetype> textOf(m_rows.size(), -1);
    for (size_t e = 0; e < m_textStarts.size(); ++e) {
        const int row = m_textStarts[e].second;
        if (row < 0)
            continue;
        const qsizetype from = m_textStarts[e].first;
        const qsizetype to = e + 1 < m_textStarts.size() ? m_textStarts[e + 1].first : m_text.size();
        textOf[size_t(row)] = qsizetype(starts.size());
        starts.emplace_back(text.size(), row);
        text.append(m_text.constData() + from, to - from);
    }
    m_text = std::move(text);
    m_textStarts = std::move(starts);
    m_textOf = std::move(textOf);
    m_garbage = 0;
}

void TaskIndex::rebuildText()
{
    QByteArray text;
    qsizetype bytes = 0;
    for (const TaskRow &r : m_rows)
        bytes += r.haystack.size() * 3 + 1;
    text.reserve(bytes);
    m_text.swap(text);
    m_text.clear();
    m_textStarts.clear();
    m_textStarts.reserve(m_rows.size());
    m_textOf.assign(m_rows.size(), -1);
    m_garbage = 0;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        // Keep the per-row text only where the buffer cannot be rebuilt from elsewhere: it is moved here.
        indexText(i, m_rows[size_t(i)].haystack);
        m_rows[size_t(i)].haystack = QString();
    }
    m_text.squeeze();
}

std::vector<bool> TaskIndex::textMatches(const QString &needle) const
{
    std::vector<bool> hit(m_rows.size(), false);
    const QByteArray n = needle.toUtf8();
    if (n.isEmpty() || m_textStarts.empty())
        return hit;
    const char *begin = m_text.constData();
    const char *end = begin + m_text.size();
    const char *p = begin;
    size_t entry = 0;
    while (p < end) {
        const void *found = memmem(p, size_t(end - p), n.constData(), size_t(n.size()));
        if (!found)
            break;
        const qsizetype at = static_cast<const char *>(found) - begin;
        // The entry holding `at`: entries are in offset order and matches come in order, so walk forward.
        while (entry + 1 < m_textStarts.size() && m_textStarts[entry + 1].first <= at)
            ++entry;
        const int row = m_textStarts[entry].second;
        if (row >= 0)
            hit[size_t(row)] = true;
        // Continue after this entry's text: one hit per row is enough.
        p = entry + 1 < m_textStarts.size() ? begin + m_textStarts[entry + 1].first : end;
    }
    return hit;
}

int TaskIndex::indexOf(qint64 taskId) const
{
    return m_byId.value(taskId, -1);
}

void TaskIndex::setStatus(std::vector<StatusLight> lights, std::vector<qint8> percent,
                          std::vector<qint32> lastReport)
{
    m_status = std::move(lights);
    m_progress = std::move(percent);
    m_lastReport = std::move(lastReport);
    invalidateStatusOrders();
}

const StatusLight &TaskIndex::status(int i) const
{
    static const StatusLight none;
    return i >= 0 && i < int(m_status.size()) ? m_status[size_t(i)] : none;
}

void TaskIndex::upsert(TaskRow row)
{
    int at = indexOf(row.id);
    const QString haystack = row.haystack;
    row.haystack = QString();
    if (at >= 0) {
        m_rows[size_t(at)] = std::move(row);
    } else {
        at = int(m_rows.size());
        m_byId.insert(row.id, at);
        m_rows.push_back(std::move(row));
        if (!m_status.empty())
            m_status.push_back(StatusLight{});
        if (!m_progress.empty())
            m_progress.push_back(-1);
        if (!m_lastReport.empty())
            m_lastReport.push_back(0);
    }
    indexText(at, haystack);
    if (m_garbage > qsizetype(m_rows.size() / 4) + 1000) {
        // Many edits since the last rebuild: compact the buffer (text of replaced rows is gone).
        compactText();
    }
    reposition(at);
}

void TaskIndex::remove(qint64 taskId)
{
    const int at = indexOf(taskId);
    if (at < 0)
        return;
    if (size_t(at) < m_textOf.size() && m_textOf[size_t(at)] >= 0) {
        m_textStarts[size_t(m_textOf[size_t(at)])].second = -1;
        ++m_garbage;
    }
    if (size_t(at) < m_textOf.size())
        m_textOf.erase(m_textOf.begin() + at);
    for (auto &[offset, row] : m_textStarts) {
        if (row > at)
            --row;
    }
    m_rows.erase(m_rows.begin() + at);
    if (at < int(m_status.size()))
        m_status.erase(m_status.begin() + at);
    if (at < int(m_progress.size()))
        m_progress.erase(m_progress.begin() + at);
    if (at < int(m_lastReport.size()))
        m_lastReport.erase(m_lastReport.begin() + at);
    m_byId.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_byId.insert(m_rows[size_t(i)].id, i);
    // Keep the cached orders: drop the row and shift the indexes after it.
    for (std::vector<int> &o : m_orders) {
        if (o.size() != m_rows.size() + 1) {
            o.clear();
            continue;
        }
        o.erase(std::remove(o.begin(), o.end(), at), o.end());
        for (int &k : o) {
            if (k > at)
                --k;
        }
    }
}

QString TaskIndex::searchKey(const QString &code, const QString &title, const QString &text)
{
    return (code + QLatin1Char(' ') + title + QLatin1Char('\n') + text).toLower();
}

bool TaskIndex::matchesFields(int i, const TaskFilter &f) const
{
    const TaskRow &r = m_rows[size_t(i)];
    if (f.sectionId && r.sectionId != f.sectionId)
        return false;
    if (f.status >= 0 && r.status != f.status)
        return false;
    if (f.light && light(i) != f.light)
        return false;
    if (f.schedule && schedule(i) != f.schedule)
        return false;
    if (f.unitId && !(f.unitRole != TaskFilter::UnitRole::Co && r.isLead(f.unitId))) {
        if (f.unitRole == TaskFilter::UnitRole::Lead || !r.isCoUnit(f.unitId))
            return false;
    }
    return true;
}

bool TaskIndex::less(Column column, int a, int b) const
{
    const TaskRow &ra = m_rows[size_t(a)];
    const TaskRow &rb = m_rows[size_t(b)];
    int c = 0;
    switch (column) {
    case Column::Code:
        if (ra.planId != rb.planId)
            return ra.planId < rb.planId;
        c = compareCodes(ra.code, rb.code);
        break;
    case Column::Section:
        c = ra.sectionId == rb.sectionId ? 0 : (ra.sectionId < rb.sectionId ? -1 : 1);
        break;
    case Column::Title:
        c = ra.title.compare(rb.title);
        break;
    case Column::Lead:
        c = ra.leadText.compare(rb.leadText);
        break;
    case Column::CoUnits:
        c = ra.coText.compare(rb.coText);
        break;
    case Column::Deadline:
        c = ra.deadline == rb.deadline ? 0 : (ra.deadline < rb.deadline ? -1 : 1);
        break;
    case Column::Status:
        c = int(ra.status) - int(rb.status);
        break;
    case Column::Light: // most urgent (highest value: red) first
        c = lightRank(b) - lightRank(a);
        break;
    case Column::Progress:
        c = int(progress(a)) - int(progress(b));
        break;
    case Column::LastReport:
        c = lastReport(a) == lastReport(b) ? 0 : (lastReport(a) < lastReport(b) ? -1 : 1);
        break;
    case Column::Schedule: // not started and behind first
        c = scheduleRank(a) - scheduleRank(b);
        break;
    case Column::Stage:
        c = int(ra.stage) - int(rb.stage);
        break;
    case Column::OriginalDeadline:
        c = ra.deadlineOriginal == rb.deadlineOriginal ? 0
                                                       : (ra.deadlineOriginal < rb.deadlineOriginal ? -1 : 1);
        break;
    }
    return c != 0 ? c < 0 : a < b;
}

const std::vector<int> &TaskIndex::order(Column column) const
{
    if (m_orders.size() != size_t(columnCount))
        m_orders.assign(size_t(columnCount), {});
    std::vector<int> &o = m_orders[size_t(column)];
    if (o.size() == m_rows.size())
        return o;
    o.resize(m_rows.size());
    std::iota(o.begin(), o.end(), 0);
    std::sort(o.begin(), o.end(), [this, column](int a, int b) { return less(column, a, b); });
    return o;
}

void TaskIndex::buildAllOrders()
{
    for (int c = 0; c < columnCount; ++c)
        order(static_cast<Column>(c));
}

void TaskIndex::reposition(int i)
{
    for (size_t c = 0; c < m_orders.size(); ++c) {
        std::vector<int> &o = m_orders[c];
        if (o.size() + 1 != m_rows.size() && o.size() != m_rows.size()) {
            o.clear(); // out of step: rebuild on next use
            continue;
        }
        const auto it = std::find(o.begin(), o.end(), i);
        if (it != o.end())
            o.erase(it);
        const Column column = static_cast<Column>(c);
        o.insert(std::lower_bound(o.begin(), o.end(), i,
                                  [this, column](int a, int b) { return less(column, a, b); }),
                 i);
    }
}

void TaskIndex::invalidateStatusOrders()
{
    for (Column c : {Column::Light, Column::Progress, Column::LastReport, Column::Schedule}) {
        if (size_t(c) < m_orders.size())
            m_orders[size_t(c)].clear();
    }
}

void TaskIndex::setRowStatus(int i, const StatusLight &lightValue, qint8 percent, qint32 last)
{
    if (i < 0 || i >= size())
        return;
    if (m_status.size() != m_rows.size())
        m_status.assign(m_rows.size(), StatusLight{});
    if (m_progress.size() != m_rows.size())
        m_progress.assign(m_rows.size(), -1);
    if (m_lastReport.size() != m_rows.size())
        m_lastReport.assign(m_rows.size(), 0);
    if (m_status[size_t(i)] == lightValue && m_progress[size_t(i)] == percent &&
        m_lastReport[size_t(i)] == last)
        return;
    const bool reorder = m_status[size_t(i)].light != lightValue.light || m_progress[size_t(i)] != percent ||
                         m_lastReport[size_t(i)] != last;
    m_status[size_t(i)] = lightValue;
    m_progress[size_t(i)] = percent;
    m_lastReport[size_t(i)] = last;
    if (reorder)
        reposition(i);
}

std::vector<int> TaskIndex::query(const TaskFilter &filter, Column column, bool ascending) const
{
    const std::vector<int> &o = order(column);
    const QString needle = filter.text.trimmed().toLower();
    const bool byText = !needle.isEmpty();
    const std::vector<bool> text = byText ? textMatches(needle) : std::vector<bool>();
    const bool byFields =
        filter.sectionId || filter.status >= 0 || filter.light || filter.schedule || filter.unitId;
    auto keep = [&](int i) {
        return (!byText || text[size_t(i)]) && (!byFields || matchesFields(i, filter));
    };
    std::vector<int> result;
    result.reserve(byText || byFields ? o.size() / 4 : o.size());
    if (ascending) {
        for (int i : o) {
            if (keep(i))
                result.push_back(i);
        }
    } else {
        for (auto it = o.rbegin(); it != o.rend(); ++it) {
            if (keep(*it))
                result.push_back(*it);
        }
    }
    return result;
}

} // namespace duban::core
