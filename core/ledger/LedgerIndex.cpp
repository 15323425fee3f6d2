#include "LedgerIndex.h"

#include <algorithm>
#include <numeric>

namespace duban::core {

namespace {

// Leading decimal number of a code, or -1.
qint64 leadingNumber(const QString &s)
{
    qint64 n = 0;
    int digits = 0;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            break;
        n = n * 10 + (c.unicode() - u'0');
        if (++digits > 15)
            break;
    }
    return digits ? n : -1;
}

} // namespace

LedgerIndex::LedgerIndex(std::vector<LedgerRow> rows)
    : m_rows(std::move(rows))
{
    m_byId.reserve(qsizetype(m_rows.size()));
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_byId.insert(m_rows[size_t(i)].id, i);
}

int LedgerIndex::indexOf(qint64 taskId) const
{
    return m_byId.value(taskId, -1);
}

void LedgerIndex::setLights(std::vector<qint8> lights)
{
    m_lights = std::move(lights);
    m_orders.clear();
}

void LedgerIndex::setProgress(std::vector<qint8> percent, std::vector<qint32> lastReport)
{
    m_progress = std::move(percent);
    m_lastReport = std::move(lastReport);
    m_orders.clear();
}

void LedgerIndex::invalidate()
{
    m_orders.clear();
}

void LedgerIndex::upsert(LedgerRow row)
{
    const int at = indexOf(row.id);
    if (at >= 0) {
        m_rows[size_t(at)] = std::move(row);
    } else {
        m_byId.insert(row.id, int(m_rows.size()));
        m_rows.push_back(std::move(row));
        if (!m_lights.empty())
            m_lights.push_back(-1);
        if (!m_progress.empty())
            m_progress.push_back(-1);
        if (!m_lastReport.empty())
            m_lastReport.push_back(0);
    }
    invalidate();
}

void LedgerIndex::remove(qint64 taskId)
{
    const int at = indexOf(taskId);
    if (at < 0)
        return;
    m_rows.erase(m_rows.begin() + at);
    if (at < int(m_lights.size()))
        m_lights.erase(m_lights.begin() + at);
    if (at < int(m_progress.size()))
        m_progress.erase(m_progress.begin() + at);
    if (at < int(m_lastReport.size()))
        m_lastReport.erase(m_lastReport.begin() + at);
    m_byId.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_byId.insert(m_rows[size_t(i)].id, i);
    invalidate();
}

QString LedgerIndex::searchKey(const QString &code, const QString &title, const QString &text)
{
    return (code + QLatin1Char(' ') + title + QLatin1Char('\n') + text).toLower();
}

int LedgerIndex::compareCodes(const QString &a, const QString &b)
{
    const qint64 na = leadingNumber(a);
    const qint64 nb = leadingNumber(b);
    if (na >= 0 && nb >= 0 && na != nb)
        return na < nb ? -1 : 1;
    if ((na >= 0) != (nb >= 0))
        return na >= 0 ? -1 : 1;
    return a.compare(b);
}

bool LedgerIndex::matches(int i, const LedgerFilter &f, const QString &needle) const
{
    const LedgerRow &r = m_rows[size_t(i)];
    if (f.sectionId && r.sectionId != f.sectionId)
        return false;
    if (f.status >= 0 && r.status != f.status)
        return false;
    if (f.light >= 0 && light(i) != f.light)
        return false;
    if (f.unitId) {
        const bool lead = r.leadUnit == f.unitId;
        const bool co = std::find(r.coUnits.begin(), r.coUnits.end(), f.unitId) != r.coUnits.end();
        switch (f.unitRole) {
        case LedgerFilter::UnitRole::Any:
            if (!lead && !co)
                return false;
            break;
        case LedgerFilter::UnitRole::Lead:
            if (!lead)
                return false;
            break;
        case LedgerFilter::UnitRole::Co:
            if (!co)
                return false;
            break;
        }
    }
    if (!needle.isEmpty() && !r.haystack.contains(needle))
        return false;
    return true;
}

const std::vector<int> &LedgerIndex::order(Column column) const
{
    if (m_orders.size() != size_t(columnCount))
        m_orders.assign(size_t(columnCount), {});
    std::vector<int> &o = m_orders[size_t(column)];
    if (o.size() == m_rows.size())
        return o;
    o.resize(m_rows.size());
    std::iota(o.begin(), o.end(), 0);
    auto byString = [this](auto member) {
        return [this, member](int a, int b) {
            const int c = (m_rows[size_t(a)].*member).compare(m_rows[size_t(b)].*member);
            return c != 0 ? c < 0 : a < b;
        };
    };
    switch (column) {
    case Column::Code:
        std::sort(o.begin(), o.end(), [this](int a, int b) {
            const LedgerRow &ra = m_rows[size_t(a)];
            const LedgerRow &rb = m_rows[size_t(b)];
            if (ra.planId != rb.planId)
                return ra.planId < rb.planId;
            const int c = compareCodes(ra.code, rb.code);
            return c != 0 ? c < 0 : a < b;
        });
        break;
    case Column::Section:
        std::sort(o.begin(), o.end(), [this](int a, int b) {
            const LedgerRow &ra = m_rows[size_t(a)];
            const LedgerRow &rb = m_rows[size_t(b)];
            return ra.sectionId != rb.sectionId ? ra.sectionId < rb.sectionId : a < b;
        });
        break;
    case Column::Title:
        std::sort(o.begin(), o.end(), byString(&LedgerRow::title));
        break;
    case Column::Lead:
        std::sort(o.begin(), o.end(), byString(&LedgerRow::lead));
        break;
    case Column::CoUnits:
        std::sort(o.begin(), o.end(), byString(&LedgerRow::coText));
        break;
    case Column::Deadline:
        std::sort(o.begin(), o.end(), [this](int a, int b) {
            const qint32 da = m_rows[size_t(a)].deadline, db = m_rows[size_t(b)].deadline;
            return da != db ? da < db : a < b;
        });
        break;
    case Column::Status:
        std::sort(o.begin(), o.end(), [this](int a, int b) {
            const auto sa = m_rows[size_t(a)].status, sb = m_rows[size_t(b)].status;
            return sa != sb ? sa < sb : a < b;
        });
        break;
    case Column::Light:
        std::sort(o.begin(), o.end(), [this](int a, int b) {
            const auto la = light(a), lb = light(b);
            return la != lb ? la > lb : a < b; // most urgent first
        });
        break;
    case Column::Progress:
        std::sort(o.begin(), o.end(), [this](int a, int b) {
            const auto pa = progress(a), pb = progress(b);
            return pa != pb ? pa < pb : a < b;
        });
        break;
    case Column::LastReport:
        std::sort(o.begin(), o.end(), [this](int a, int b) {
            const auto pa = lastReport(a), pb = lastReport(b);
            return pa != pb ? pa < pb : a < b;
        });
        break;
    }
    return o;
}

std::vector<int> LedgerIndex::query(const LedgerFilter &filter, Column column, bool ascending) const
{
    const std::vector<int> &o = order(column);
    const QString needle = filter.text.trimmed().toLower();
    std::vector<int> result;
    result.reserve(o.size());
    if (ascending) {
        for (int i : o) {
            if (matches(i, filter, needle))
                result.push_back(i);
        }
    } else {
        for (auto it = o.rbegin(); it != o.rend(); ++it) {
            if (matches(*it, filter, needle))
                result.push_back(*it);
        }
    }
    return result;
}

} // namespace duban::core
