#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace duban::core {

/// A reporting period: a year, half year, quarter, month or day. Periods are cumulative from the start
/// of their year (a month is the year-to-date figure 1–M月), except a day, which is a point value.
/// Canonical keys: "2023", "2023-H1", "2023-Q2", "2023-06", "2023-06-15".
struct Period
{
    enum class Kind
    {
        Year,
        Half,
        Quarter,
        Month,
        Day
    };

    Kind kind = Kind::Year;
    int year = 0;
    int index = 0; ///< half 1–2, quarter 1–4, month 1–12; 0 for a year or a day
    QDate day;     ///< Kind::Day only

    bool isValid() const { return year > 0; }
    QString key() const;
    QDate start() const;  ///< Jan 1 of its year, or the day itself
    QDate end() const;    ///< last day of the period
    int endMonth() const; ///< month of end()

    static Period wholeYear(int year) { return Period{Kind::Year, year, 0, {}}; }
    static Period month(int year, int month) { return Period{Kind::Month, year, month, {}}; }

    /// Reads the canonical keys and the usual spellings: 2023-6, 202306, 2023/06/15, 2023q1, 2023年,
    /// 2023年1-6月, 1–6月, 6月, 2023年6月15日, 一季度, 第二季度, 上半年, 前三季度 (= 1–9月), 全年.
    /// Full-width digits and dashes are accepted. A spelling without a year takes `defaultYear`
    /// (none if 0).
    static std::optional<Period> parse(const QString &text, int defaultYear = 0);

    friend bool operator==(const Period &, const Period &) = default;
};

} // namespace duban::core
