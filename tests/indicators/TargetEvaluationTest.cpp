// Target evaluation rules: which observation a target is judged on, every comparator and its edges,
// tolerance, stretch, time-elapsed share for amounts, and the projection.
#include "support/Printers.h"

#include "core/rules/TargetEvaluation.h"

#include <gtest/gtest.h>

using namespace duban::core;

namespace {

Target target(Comparator c, double value, const char *period = "2023", const char *measure = "%",
              std::optional<double> stretch = std::nullopt)
{
    Target t;
    t.name = QStringLiteral("地区生产总值增长");
    t.comparator = c;
    t.value = value;
    t.period = QString::fromUtf8(period);
    t.measure = QString::fromUtf8(measure);
    t.stretch = stretch;
    return t;
}

Observation obs(const char *period, double value)
{
    return Observation{0, 1, QString::fromUtf8(period), value, {}, {}};
}

TargetEvaluation eval(const Target &t, const QList<Observation> &o, QDate asOf, TargetTolerances s = {},
                      bool cumulative = true)
{
    return TargetRules::evaluate(t, o, asOf, s, cumulative);
}

const QDate kMidYear(2023, 6, 30);
const QDate kNextJanuary(2024, 1, 31);

} // namespace

TEST(TargetEvaluation, GivenNoObservationsThenNoData)
{
    EXPECT_EQ(eval(target(Comparator::AtLeast, 7), {}, kMidYear).state, TargetState::NoData);
    // Observations of another year or after the as-of date do not count.
    EXPECT_EQ(eval(target(Comparator::AtLeast, 7), {obs("2022-12", 8)}, kMidYear).state, TargetState::NoData);
    EXPECT_EQ(eval(target(Comparator::AtLeast, 7), {obs("2023-06", 8)}, QDate(2023, 6, 29)).state,
              TargetState::NoData);
    // A target whose period cannot be read has no data either.
    EXPECT_EQ(eval(target(Comparator::AtLeast, 7, ""), {obs("2023-06", 8)}, kMidYear).state,
              TargetState::NoData);
}

TEST(TargetEvaluation, AnnualAboutTargetWithStretchBeforeYearEnd)
{
    // GIVEN 7.5% 左右，力争 8% with year-to-date values up to 1-6月
    const Target gdp = target(Comparator::About, 7.5, "2023", "%", 8.0);
    const QList<Observation> good{obs("2023-02", 6.2), obs("2023-03", 6.8), obs("2023-06", 7.3)};
    // WHEN evaluated at the end of June THEN the latest value (7.3) is within 0.5 points: on track
    TargetEvaluation e = eval(gdp, good, kMidYear);
    EXPECT_EQ(e.state, TargetState::OnTrack);
    ASSERT_TRUE(e.basis);
    EXPECT_EQ(e.basis->period, QStringLiteral("2023-06"));
    EXPECT_FALSE(e.final);
    EXPECT_NEAR(e.gap, -0.2, 1e-9);
    EXPECT_EQ(e.stretchReached, std::optional<bool>(false));
    // 7.0 is exactly on the tolerance edge, 6.99 is behind
    EXPECT_EQ(eval(gdp, {obs("2023-06", 7.0)}, kMidYear).state, TargetState::OnTrack);
    EXPECT_EQ(eval(gdp, {obs("2023-06", 6.99)}, kMidYear).state, TargetState::Behind);
    // With a stretch above the target, more is never "off target"
    EXPECT_EQ(eval(gdp, {obs("2023-06", 9.5)}, kMidYear).state, TargetState::OnTrack);
    // Before 1-6月 is over, the 1-3月 value is the latest
    EXPECT_EQ(eval(gdp, good, QDate(2023, 6, 29)).basis->period, QStringLiteral("2023-03"));
}

TEST(TargetEvaluation, AnnualTargetIsSettledByTheDecemberValue)
{
    const Target gdp = target(Comparator::About, 7.5, "2023", "%", 8.0);
    EXPECT_EQ(eval(gdp, {obs("2023-11", 7.8)}, kNextJanuary).state, TargetState::OnTrack); // no 1-12月 yet
    TargetEvaluation met = eval(gdp, {obs("2023-11", 6.0), obs("2023-12", 7.8)}, kNextJanuary);
    EXPECT_EQ(met.state, TargetState::Met);
    EXPECT_TRUE(met.final);
    EXPECT_FALSE(met.projection);
    EXPECT_EQ(met.stretchReached, std::optional<bool>(false));
    EXPECT_EQ(eval(gdp, {obs("2023-12", 8.0)}, kNextJanuary).stretchReached, std::optional<bool>(true));
    EXPECT_EQ(eval(gdp, {obs("2023-12", 6.9)}, kNextJanuary).state, TargetState::NotMet);
    // A yearly value or a value dated the last day settles it too
    EXPECT_EQ(eval(gdp, {obs("2023", 7.6)}, kNextJanuary).state, TargetState::Met);
    EXPECT_EQ(eval(gdp, {obs("2023-12-31", 7.6)}, kNextJanuary).state, TargetState::Met);
}

TEST(TargetEvaluation, QuarterTargetUsesTheJanuaryToMarchValueAndIgnoresLaterOnes)
{
    const Target q1 = target(Comparator::AtLeast, 7, "2023-Q1");
    const QList<Observation> o{obs("2023-02", 6.2), obs("2023-03", 7.0), obs("2023-06", 6.0)};
    TargetEvaluation early = eval(q1, o, QDate(2023, 3, 15));
    EXPECT_EQ(early.state, TargetState::Behind);
    EXPECT_EQ(early.endMonth, 3);
    TargetEvaluation settled = eval(q1, o, QDate(2023, 7, 31));
    EXPECT_EQ(settled.state, TargetState::Met); // 7.0 ≥ 7 exactly; 1-6月 is after the quarter
    EXPECT_EQ(settled.basis->period, QStringLiteral("2023-03"));
    EXPECT_TRUE(settled.final);
    // A quarter value counts as the value up to its last month; a month value wins when both exist
    EXPECT_EQ(eval(q1, {obs("2023-Q1", 6.9)}, QDate(2023, 4, 1)).state, TargetState::NotMet);
    EXPECT_EQ(eval(q1, {obs("2023-Q1", 6.9), obs("2023-03", 7.1)}, QDate(2023, 4, 1)).basis->value, 7.1);
    EXPECT_EQ(eval(q1, {obs("2023-03", 7.1), obs("2023-Q1", 6.9)}, QDate(2023, 4, 1)).basis->value, 7.1);
}

TEST(TargetEvaluation, EveryComparatorAtItsEdges)
{
    const QDate end(2024, 1, 31);
    auto final = [&](Comparator c, double goal, double value, std::optional<double> stretch = std::nullopt) {
        return eval(target(c, goal, "2023", "%", stretch), {obs("2023-12", value)}, end).state;
    };
    EXPECT_EQ(final(Comparator::AtLeast, 8, 8), TargetState::Met);
    EXPECT_EQ(final(Comparator::AtLeast, 8, 7.99), TargetState::NotMet);
    EXPECT_EQ(final(Comparator::AtMost, 5.5, 5.5), TargetState::Met);
    EXPECT_EQ(final(Comparator::AtMost, 5.5, 5.51), TargetState::NotMet);
    EXPECT_EQ(final(Comparator::Greater, 0, 0), TargetState::NotMet); // 正增长: zero is not growth
    EXPECT_EQ(final(Comparator::Greater, 0, 0.1), TargetState::Met);
    EXPECT_EQ(final(Comparator::Greater, 0, -1), TargetState::NotMet);
    EXPECT_EQ(final(Comparator::Equal, 3, 3), TargetState::Met);
    EXPECT_EQ(final(Comparator::Equal, 3, 3.01), TargetState::NotMet);
    // ≈ without a stretch: a band of ± 0.5 points
    EXPECT_EQ(final(Comparator::About, 5.5, 6.0), TargetState::Met);
    EXPECT_EQ(final(Comparator::About, 5.5, 5.0), TargetState::Met);
    EXPECT_EQ(final(Comparator::About, 5.5, 6.01), TargetState::NotMet);
    EXPECT_EQ(final(Comparator::About, 5.5, 4.99), TargetState::NotMet);
    // ≈ with a stretch below: less is fine, more is not
    EXPECT_EQ(final(Comparator::About, 5.5, 3.0, 5.0), TargetState::Met);
    EXPECT_EQ(final(Comparator::About, 5.5, 6.1, 5.0), TargetState::NotMet);
}

TEST(TargetEvaluation, ToleranceIsASetting)
{
    const Target gdp = target(Comparator::About, 7.5);
    EXPECT_EQ(eval(gdp, {obs("2023-06", 6.6)}, kMidYear).state, TargetState::Behind);
    EXPECT_EQ(eval(gdp, {obs("2023-06", 6.6)}, kMidYear, TargetTolerances{1.0, 0.05}).state,
              TargetState::OnTrack);
    // Other measures: a share of the target (100 家左右 ± 5%)
    const Target units = target(Comparator::About, 100, "2023", "家");
    EXPECT_DOUBLE_EQ(TargetRules::tolerance(units, {}), 5.0);
    EXPECT_EQ(eval(units, {obs("2023-12", 95)}, kNextJanuary).state, TargetState::Met);
    EXPECT_EQ(eval(units, {obs("2023-12", 94.9)}, kNextJanuary).state, TargetState::NotMet);
}

TEST(TargetEvaluation, AmountsAreHeldToTheTimeElapsedShare)
{
    // 年度总投资 ≥ 2080.96 亿元: by 1-6月, half of it is on schedule
    const Target investment = target(Comparator::AtLeast, 2080.96, "2023", "亿元");
    TargetEvaluation e = eval(investment, {obs("2023-06", 1100)}, kMidYear);
    EXPECT_EQ(e.state, TargetState::OnTrack);
    EXPECT_NEAR(e.benchmark, 1040.48, 1e-9);
    EXPECT_NEAR(e.gap, 59.52, 1e-9);
    EXPECT_EQ(eval(investment, {obs("2023-06", 1000)}, kMidYear).state, TargetState::Behind);
    // A non-cumulative indicator (a stock) is compared with the target itself
    EXPECT_EQ(eval(investment, {obs("2023-06", 1100)}, kMidYear, {}, false).state, TargetState::Behind);
    // The final value is compared with the whole target
    EXPECT_EQ(eval(investment, {obs("2023-12", 2000)}, kNextJanuary).state, TargetState::NotMet);
}

TEST(TargetEvaluation, ProjectionCarriesTheRecentRateForward)
{
    const Target gdp = target(Comparator::About, 7.5, "2023", "%", 8.0);
    // One value: carried forward
    TargetEvaluation one = eval(gdp, {obs("2023-02", 6.2)}, kMidYear);
    ASSERT_TRUE(one.projection);
    EXPECT_DOUBLE_EQ(*one.projection, 6.2);
    // 6.2 (1-2月), 6.8, 7.0 (1-4月): months 3-4 ran at 7.8%, so the year ends near (4×7.0 + 8×7.8)/12
    TargetEvaluation three =
        eval(gdp, {obs("2023-02", 6.2), obs("2023-03", 6.8), obs("2023-04", 7.0)}, kMidYear);
    ASSERT_TRUE(three.projection);
    EXPECT_NEAR(*three.projection, (4 * 7.0 + 8 * 7.8) / 12, 1e-9);
    EXPECT_NEAR(*three.projectedGap, *three.projection - 7.5, 1e-12);
    // Amounts: run rate; stocks: least-squares line through the last three values
    EXPECT_NEAR(*eval(target(Comparator::AtLeast, 2080.96, "2023", "亿元"), {obs("2023-06", 1100)}, kMidYear)
                     .projection,
                2200, 1e-9);
    EXPECT_NEAR(*TargetRules::project({{1, 10, {}, {}}, {2, 12, {}, {}}, {3, 14, {}, {}}}, 12, false, false),
                32, 1e-9);
    // A quarter target projects to March
    TargetEvaluation q1 =
        eval(target(Comparator::AtLeast, 7, "2023-Q1"), {obs("2023-02", 6.2)}, QDate(2023, 3, 1));
    EXPECT_EQ(q1.endMonth, 3);
    EXPECT_DOUBLE_EQ(*q1.projection, 6.2);
}

TEST(TargetEvaluation, SeriesPlacesPeriodsOnTheYearToDateAxis)
{
    const QList<SeriesPoint> s =
        TargetRules::series({obs("2023-06", 7.3), obs("2023-Q1", 6.8), obs("2023-02", 6.2),
                             obs("2023-09-15", 7.0), obs("2022-12", 5.0), obs("garbage", 1.0)},
                            2023, QDate(2023, 12, 31));
    ASSERT_EQ(s.size(), 4);
    EXPECT_DOUBLE_EQ(s[0].x, 2);
    EXPECT_DOUBLE_EQ(s[1].x, 3);
    EXPECT_DOUBLE_EQ(s[2].x, 6);
    EXPECT_DOUBLE_EQ(s[3].x, 8.5);
    EXPECT_EQ(s[3].period, QStringLiteral("2023-09-15"));
}

TEST(TargetEvaluation, StateKeysAreStable)
{
    EXPECT_EQ(targetStateKey(TargetState::NoData), QStringLiteral("no-data"));
    EXPECT_EQ(targetStateKey(TargetState::OnTrack), QStringLiteral("on-track"));
    EXPECT_EQ(targetStateKey(TargetState::Behind), QStringLiteral("behind"));
    EXPECT_EQ(targetStateKey(TargetState::Met), QStringLiteral("met"));
    EXPECT_EQ(targetStateKey(TargetState::NotMet), QStringLiteral("not-met"));
}
