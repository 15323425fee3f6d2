#include "TargetParser.h"

#include "core/rules/TimeWords.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace duban::core {

namespace {

struct Span
{
    qsizetype start;
    qsizetype end;
};

QList<Span> splitSpans(const QString &text, qsizetype from, qsizetype to, QStringView separators)
{
    QList<Span> spans;
    qsizetype start = from;
    for (qsizetype i = from; i < to; ++i) {
        if (separators.contains(text.at(i))) {
            if (i > start)
                spans.append({start, i});
            start = i + 1;
        }
    }
    if (to > start)
        spans.append({start, to});
    return spans;
}

const QRegularExpression &quantityPattern()
{
    static const QRegularExpression re(
        uR"((?<![\d.,])(?<v>\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*[—–\-~～至到]\s*(?<v2>\d+(?:\.\d+)?))?\s*)"
        uR"((?<measure>个百分点|个工作日|万人次|人次|万人|万户|万个|万家|万元|亿元|万吨|万平方米|平方米|平方公里|公里|千米|万亩|亩|%|‰|)"
        uR"(个(?!月|小时)|家|场(?!景)|栋|项|户|人(?!民)|件|次|座|台|辆|套|倍|元|吨|宗|所(?![有在属以得])|处(?![置理罚分室长]))\s*)"
        uR"((?<after>以上|以下|以内|左右|上下)?)"_s);
    return re;
}

QString stripLeading(QString name, bool &aspiration)
{
    static const QStringList verbs = {
        u"确保"_s,     u"力争"_s, u"争取"_s, u"推动实施"_s, u"推动"_s, u"实施"_s, u"完成"_s,     u"实现"_s,
        u"引进培育"_s, u"引进"_s, u"培育"_s, u"举办"_s,     u"布局"_s, u"打造"_s, u"累计建成"_s, u"建成"_s,
        u"落地"_s,     u"深入"_s, u"达到"_s, u"全年"_s,     u"年内"_s, u"其中"_s};
    static const QRegularExpression timePrefix(
        uR"(^(?:(?:19|20)\d{2}\s*年\s*)?(?:前三季度|第?[一二三四]季度|上半年|下半年|全年|年内|年底|年末|年初|\d{1,2}月底前|\d{1,2}月底|\d{1,2}月前)[，,]?)"_s);
    for (int round = 0; round < 8; ++round) {
        const QString before = name;
        name.remove(timePrefix);
        for (const QString &verb : verbs) {
            if (name.startsWith(verb) && name.size() > verb.size()) {
                if (verb == u"力争" || verb == u"争取")
                    aspiration = true;
                name.remove(0, verb.size());
                break;
            }
            if (name == verb) {
                if (verb == u"力争" || verb == u"争取")
                    aspiration = true;
                name.clear();
                break;
            }
        }
        if (name == before)
            break;
    }
    return name;
}

/// Comparator word at the end of a name ("总量达", "突破", "不少于", "控制在"), removed from @p name.
std::optional<Comparator> takeTrailingComparator(QString &name)
{
    static const QStringList words = {
        u"不少于"_s, u"不低于"_s, u"不超过"_s, u"不高于"_s, u"控制在"_s, u"压减至"_s, u"压缩至"_s,
        u"缩短至"_s, u"降低至"_s, u"减少至"_s, u"降至"_s,   u"保持在"_s, u"达到"_s,   u"超过"_s,
        u"突破"_s,   u"高于"_s,   u"低于"_s,   u"至少"_s,   u"约"_s,     u"达"_s,     u"过"_s};
    for (const QString &w : words) {
        if (name.endsWith(w) && name.size() > w.size()) {
            name.chop(w.size());
            return TargetParser::comparatorOf(w);
        }
    }
    return std::nullopt;
}

QString tidyName(QString name)
{
    static const QString trailing = u"等的，,、；：: "_s;
    while (!name.isEmpty() && trailing.contains(name.back()))
        name.chop(1);
    static const QString leading = u"，,、；：: 的"_s;
    while (!name.isEmpty() && leading.contains(name.front()))
        name.remove(0, 1);
    return name;
}

double toNumber(QString s)
{
    s.remove(u',');
    return s.toDouble();
}

} // namespace

TargetParser::TargetParser(int planYear) : m_year(planYear) {}

std::optional<Comparator> TargetParser::comparatorOf(const QString &word)
{
    static const QStringList atLeast = {u"以上"_s, u"突破"_s, u"不少于"_s, u"不低于"_s, u"超过"_s,
                                        u"达到"_s, u"达"_s,   u"过"_s,     u"至少"_s};
    static const QStringList atMost = {u"以内"_s,   u"以下"_s,   u"控制在"_s, u"不超过"_s,
                                       u"不高于"_s, u"低于"_s,   u"压减至"_s, u"压缩至"_s,
                                       u"缩短至"_s, u"降低至"_s, u"减少至"_s, u"降至"_s};
    static const QStringList about = {u"左右"_s, u"上下"_s, u"约"_s, u"保持在"_s};
    if (atLeast.contains(word))
        return Comparator::AtLeast;
    if (atMost.contains(word))
        return Comparator::AtMost;
    if (about.contains(word))
        return Comparator::About;
    if (word == u"高于")
        return Comparator::Greater;
    if (word == u"正增长")
        return Comparator::Greater;
    return std::nullopt;
}

QList<Target> TargetParser::parse(const QString &text) const
{
    QList<Target> targets;
    const QString yearPeriod = QString::number(m_year);
    static const QRegularExpression positiveGrowth(uR"((?:实现)?正增长)"_s);
    for (const Span &sentence : splitSpans(text, 0, text.size(), u"。！？；;\n")) {
        const QString sentenceText = text.mid(sentence.start, sentence.end - sentence.start);
        const QList<TimeWord> times = findTimeWords(sentenceText, m_year);
        auto periodAt = [&](qsizetype pos) {
            QString period = yearPeriod;
            for (const TimeWord &w : times) {
                if (w.position > pos)
                    break;
                if (!w.period.isEmpty())
                    period = w.period;
            }
            return period;
        };
        const qsizetype sentenceFirst = targets.size();
        for (const Span &clause : splitSpans(text, sentence.start, sentence.end, u"，,：:")) {
            const QString clauseText = text.mid(clause.start, clause.end - clause.start);
            // "规模以上工业增加值实现正增长": greater than zero.
            if (const auto pg = positiveGrowth.match(clauseText); pg.hasMatch()) {
                bool aspiration = false;
                QString name = tidyName(stripLeading(clauseText.left(pg.capturedStart(0)), aspiration));
                if (!name.isEmpty()) {
                    Target t;
                    t.name = name + u"增长"_s;
                    t.value = 0;
                    t.measure = u"%"_s;
                    t.comparator = Comparator::Greater;
                    t.period = periodAt(clause.start - sentence.start + pg.capturedStart(0));
                    t.source = clauseText;
                    targets.append(t);
                }
                continue;
            }
            QList<QRegularExpressionMatch> matches;
            auto it = quantityPattern().globalMatch(clauseText);
            while (it.hasNext())
                matches.append(it.next());
            // Positions of 、 in the clause, walked with the matches (no rescans on long clauses).
            QList<qsizetype> commas;
            for (qsizetype i = 0; i < clauseText.size(); ++i) {
                if (clauseText.at(i) == u'、')
                    commas.append(i);
            }
            qsizetype comma = 0; // first 、 at or after the current figure
            qsizetype segmentStart = 0;
            for (qsizetype k = 0; k < matches.size(); ++k) {
                const auto &m = matches.at(k);
                const qsizetype numStart = m.capturedStart(0);
                const qsizetype numEnd = m.capturedEnd(0);
                while (comma < commas.size() && commas.at(comma) < numStart)
                    ++comma;
                const qsizetype lastSep = comma > 0 ? commas.at(comma - 1) : -1;
                qsizetype nameStart = std::max(segmentStart, lastSep + 1);
                if (nameStart > numStart)
                    nameStart = numStart;
                qsizetype next = comma;
                while (next < commas.size() && commas.at(next) < numEnd)
                    ++next;
                const qsizetype postEnd = next < commas.size() ? commas.at(next) : clauseText.size();
                // A figure followed by more words and another figure qualifies the next target's name:
                // "100亿元以上投资项目1个".
                if (k + 1 < matches.size() && matches.at(k + 1).capturedStart(0) < postEnd &&
                    matches.at(k + 1).capturedStart(0) > numEnd)
                    continue;
                segmentStart = numEnd;
                bool aspiration = false;
                QString pre = clauseText.mid(nameStart, numStart - nameStart).trimmed();
                pre = tidyName(pre);
                std::optional<Comparator> before = takeTrailingComparator(pre);
                pre = tidyName(stripLeading(pre, aspiration));
                if (!before)
                    before = takeTrailingComparator(pre);
                QString post = clauseText.mid(numEnd, postEnd - numEnd).trimmed();
                QString name = pre;
                if (post.startsWith(u'的') || (pre.isEmpty() && !post.isEmpty()))
                    name = tidyName(
                        stripLeading(tidyName(post.startsWith(u'的') ? post.mid(1) : post), aspiration));
                const QString measure = m.captured(u"measure"_s);
                const double value = toNumber(m.captured(u"v"_s));
                if (!std::isfinite(value))
                    continue; // a run of hundreds of digits is no figure
                const QString period = periodAt(clause.start - sentence.start + numStart);
                const bool follows = targets.size() > sentenceFirst && targets.last().measure == measure;
                if (name.isEmpty() && follows && period != targets.last().period) {
                    // "新增公共停车泊位3000个以上，上半年完成1500个": a staged target on the same indicator.
                    name = targets.last().name;
                } else if (name.isEmpty()) {
                    // "…增长7.5%左右，力争8%": the stretch value of the previous target.
                    if (aspiration && follows && !targets.last().stretch) {
                        targets.last().stretch = value;
                        targets.last().source += u'，' + clauseText;
                    }
                    continue;
                }
                Target t;
                t.name = name;
                t.value = value;
                t.measure = measure;
                const QString after = m.captured(u"after"_s);
                if (!after.isEmpty())
                    t.comparator = *comparatorOf(after);
                else if (before)
                    t.comparator = *before;
                else
                    t.comparator = Comparator::AtLeast; // a bare figure is a floor in plan practice
                if (!m.captured(u"v2"_s).isEmpty() && std::isfinite(toNumber(m.captured(u"v2"_s))))
                    t.stretch = toNumber(m.captured(u"v2"_s));
                t.period = period;
                t.source = clauseText;
                targets.append(t);
            }
        }
    }
    return targets;
}

} // namespace duban::core
