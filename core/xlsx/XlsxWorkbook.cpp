#include "XlsxWorkbook.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

/// A number as a user reads it: whole numbers without a decimal point, others with up to 15 significant
/// digits (what a double holds exactly, and what Excel shows at most).
QString plainNumber(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString percentText(double value, const QString &format)
{
    const int decimals = XlsxNumberFormat::percentDecimals(format);
    const double scaled = value * 100;
    return (decimals == 0 ? plainNumber(std::round(scaled)) : QString::number(scaled, 'f', decimals)) + u'%';
}

QString timeText(const QTime &time, bool seconds)
{
    return time.toString(seconds ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

/// [h]:mm:ss and the like: the whole duration in hours.
QString elapsedText(double serial, bool seconds)
{
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    const qint64 hours = totalSeconds / 3600;
    const QString minutes = QString::number((totalSeconds / 60) % 60).rightJustified(2, u'0');
    QString out = QString::number(hours) + u':' + minutes;
    if (seconds)
        out += u':' + QString::number(totalSeconds % 60).rightJustified(2, u'0');
    return out;
}

QString dateText(const XlsxCell &cell)
{
    using Kind = XlsxNumberFormat::Kind;
    const bool seconds = XlsxNumberFormat::showsSeconds(cell.format);
    if (cell.formatKind == Kind::Elapsed)
        return elapsedText(cell.number, seconds);
    // Excel's 1900-02-29 has no QDate: it is shown as Excel shows it.
    const QString date =
        cell.dateTime.isValid() ? cell.dateTime.date().toString(Qt::ISODate) : u"1900-02-29"_s;
    const QTime time =
        cell.dateTime.isValid()
            ? cell.dateTime.time()
            : QTime::fromMSecsSinceStartOfDay(int(std::llround((cell.number - 60) * 86'400'000.0)));
    if (cell.formatKind == Kind::Time)
        return timeText(time, seconds);
    if (cell.formatKind == Kind::DateTime)
        return date + u' ' + timeText(time, seconds);
    return date;
}

} // namespace

QString XlsxCell::shownText() const
{
    switch (type) {
    case Type::Empty:
        return {};
    case Type::String:
    case Type::Error:
        return text;
    case Type::Boolean:
        return boolean ? u"TRUE"_s : u"FALSE"_s;
    case Type::Date:
        return dateText(*this);
    case Type::Number:
        return percentFormat() ? percentText(number, format) : plainNumber(number);
    }
    return {};
}

const XlsxCell *XlsxSheet::cell(int row, int column) const
{
    const auto before = [](const XlsxCell &c, std::pair<int, int> at) {
        return std::pair(c.row, c.column) < at;
    };
    const auto it = std::lower_bound(cells.begin(), cells.end(), std::pair(row, column), before);
    if (it == cells.end() || it->row != row || it->column != column)
        return nullptr;
    return &*it;
}

int XlsxSheet::rowCount() const
{
    return cells.empty() ? 0 : cells.back().row + 1;
}

int XlsxSheet::columnCount() const
{
    int last = -1;
    for (const XlsxCell &c : cells)
        last = std::max(last, c.column);
    return last + 1;
}

const XlsxRange *XlsxSheet::mergedRange(int row, int column) const
{
    for (const XlsxRange &range : merged)
        if (range.contains(row, column))
            return &range;
    return nullptr;
}

const XlsxSheet *XlsxWorkbook::sheet(const QString &name) const
{
    for (const XlsxSheet &s : sheets)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

} // namespace duban::core
