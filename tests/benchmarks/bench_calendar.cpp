// Benchmarks of the working-day calendar: a due day (addWorkdays) and the working days left
// (workdaysBetween) for each of 1,000,000 tasks, by the shipped calendar with an office's year over it.
#include "core/rules/WorkCalendar.h"

#include <benchmark/benchmark.h>
#include <QDate>
#include <vector>

namespace {

using namespace duban::core;

constexpr int kTasks = 1'000'000;

struct Task
{
    QDate from;
    int n;
    QDate to;
};

const std::vector<Task> &tasks()
{
    static const std::vector<Task> instance = [] {
        std::vector<Task> v;
        v.reserve(kTasks);
        quint32 x = 20231001;
        const QDate start(2019, 1, 1);
        for (int i = 0; i < kTasks; ++i) {
            x = x * 1664525u + 1013904223u; // a fixed linear congruential sequence
            const QDate from = start.addDays(qint64(x % (365u * 9)));
            v.push_back({from, int((x >> 8) % 30) + 1, from.addDays(qint64((x >> 16) % 400))});
        }
        return v;
    }();
    return instance;
}

WorkCalendar calendar()
{
    return WorkCalendar::shipped().withDays(
        {{QDate(2027, 10, 1), DayKind::Holiday, QStringLiteral("国庆节")},
         {QDate(2027, 10, 9), DayKind::Workday, QStringLiteral("国庆节")}});
}

void BM_AddWorkdays(benchmark::State &state)
{
    const WorkCalendar c = calendar();
    const std::vector<Task> &v = tasks();
    for (auto _ : state) {
        qint64 sum = 0;
        for (const Task &t : v)
            sum += c.addWorkdays(t.from, t.n).toJulianDay();
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(BM_AddWorkdays)->Unit(benchmark::kMillisecond);

void BM_WorkdaysBetween(benchmark::State &state)
{
    const WorkCalendar c = calendar();
    const std::vector<Task> &v = tasks();
    for (auto _ : state) {
        qint64 sum = 0;
        for (const Task &t : v)
            sum += c.workdaysBetween(t.from, t.to);
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(BM_WorkdaysBetween)->Unit(benchmark::kMillisecond);

} // namespace
