// Fuzz-style robustness: thousands of mutated documents (cut, shuffled, bytes flipped, tokens injected)
// and a few hostile large inputs; every import ends in a document or a clear error, without hanging.
#include "core/import/PlanImporter.h"
#include "core/import/PlanJson.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>

using namespace Qt::StringLiterals;
using namespace duban::core;

namespace {

/// Per-document time limit: loose on purpose (debug and sanitizer builds), only to catch hangs.
constexpr qint64 MaxMillisecondsPerDocument = 3000;

QList<QByteArray> baseDocuments()
{
    QList<QByteArray> docs = {duban::test::readAll(duban::test::seedPath())};
    for (const char *name : {"lead-co-lines.txt", "fuze-rule.txt", "table-tabs.txt", "small-plan.utf8.txt",
                             "small-plan.gb18030.txt", "small-plan.bom-crlf.txt"})
        docs.append(duban::test::readAll(duban::test::dataPath(u"import/"_s + QString::fromLatin1(name))));
    return docs;
}

const QList<QByteArray> &tokens()
{
    static const QList<QByteArray> t = {"〔责任单位：",
                                        "〕",
                                        "（",
                                        "）",
                                        "(",
                                        ")",
                                        "]",
                                        "【",
                                        "】",
                                        "、",
                                        "，",
                                        "。",
                                        "；",
                                        "\n",
                                        "\n\n",
                                        "\t",
                                        "1. ",
                                        "12、",
                                        "一、",
                                        "（三）",
                                        "（1）",
                                        "# ",
                                        "**",
                                        "| 1 | x |",
                                        "序号\t重点任务\t牵头单位\n",
                                        "年初",
                                        "一季度",
                                        "6月底前",
                                        "2024年底前",
                                        "力争",
                                        "8%",
                                        "以上",
                                        "左右",
                                        "亿元",
                                        "排名第一的为牵头单位，下同",
                                        "牵头单位：",
                                        "配合单位：",
                                        "完成时限：",
                                        "负责）",
                                        "等",
                                        "\xEF\xBB\xBF",
                                        "\xFF",
                                        "\x80",
                                        "\r",
                                        "— 3 —"};
    return t;
}

QByteArray mutate(QByteArray doc, std::mt19937 &rng, int kind)
{
    auto below = [&](qsizetype n) {
        return n <= 0 ? qsizetype(0) : qsizetype(std::uniform_int_distribution<qsizetype>(0, n - 1)(rng));
    };
    switch (kind) {
    case 0: { // cut: keep a prefix, or cut a slice out of the middle
        const qsizetype a = below(doc.size() + 1);
        if (rng() % 2)
            return doc.left(a);
        const qsizetype b = a + below(doc.size() - a + 1);
        return doc.left(a) + doc.mid(b);
    }
    case 1: { // shuffle lines
        QList<QByteArray> lines = doc.split('\n');
        std::shuffle(lines.begin(), lines.end(), rng);
        return lines.join('\n');
    }
    case 2: { // flip bytes
        const int flips = 1 + int(rng() % 24);
        for (int i = 0; i < flips && !doc.isEmpty(); ++i)
            doc[below(doc.size())] = char(rng() & 0xFF);
        return doc;
    }
    case 3: { // delete and duplicate lines
        QList<QByteArray> lines = doc.split('\n');
        const int edits = 1 + int(rng() % 20);
        for (int i = 0; i < edits && !lines.isEmpty(); ++i) {
            const qsizetype at = below(lines.size());
            if (rng() % 2)
                lines.removeAt(at);
            else
                lines.insert(below(lines.size() + 1), lines.at(at));
        }
        return lines.join('\n');
    }
    case 4: { // inject tokens that the parser reacts to
        const int inserts = 1 + int(rng() % 40);
        for (int i = 0; i < inserts; ++i)
            doc.insert(below(doc.size() + 1), tokens().at(below(tokens().size())));
        return doc;
    }
    case 5: // several at once
        return mutate(mutate(mutate(doc, rng, 4), rng, 1), rng, int(rng() % 2 == 0 ? 2 : 0));
    default: { // random bytes, sometimes mostly ASCII
        QByteArray junk(below(4096) + 1, '\0');
        const bool ascii = rng() % 2;
        for (char &c : junk)
            c = char(ascii ? 0x20 + rng() % 0x5F : rng() & 0xFF);
        return junk;
    }
    }
}

/// Checks an outcome is a document or an error, and that a document is sound and serialisable.
void expectWellFormed(const ImportOutcome &o)
{
    ASSERT_NE(o.document.has_value(), o.error.has_value());
    ASSERT_EQ(o.ok(), o.document.has_value());
    if (o.error) {
        EXPECT_FALSE(o.error->message.isEmpty());
        return;
    }
    const PlanDocument &d = *o.document;
    ASSERT_FALSE(d.tasks.isEmpty());
    EXPECT_GT(d.plan.year, 0);
    QSet<QString> codes;
    for (const Task &t : d.tasks) {
        EXPECT_FALSE(t.code.isEmpty());
        EXPECT_TRUE(t.deadline.isValid());
        EXPECT_FALSE(t.co.contains(t.lead()) && !t.lead().isEmpty());
        for (const Milestone &m : t.milestones) {
            EXPECT_TRUE(m.date.isValid());
            EXPECT_LT(m.date, t.deadline);
        }
        codes.insert(t.code);
    }
    for (const ImportWarning &w : d.warnings)
        EXPECT_FALSE(w.message.isEmpty());
    EXPECT_FALSE(QJsonDocument(planDocumentToJson(d)).toJson().isEmpty());
}

} // namespace

TEST(FuzzImport, MutatedDocumentsEndInADocumentOrAClearError)
{
    // GIVEN the seed and the layout documents, and a fixed random seed
    const QList<QByteArray> docs = baseDocuments();
    std::mt19937 rng(20230322u);
    const int iterations = qEnvironmentVariableIsSet("DUBAN_FUZZ_ITERATIONS")
                               ? qEnvironmentVariableIntValue("DUBAN_FUZZ_ITERATIONS")
                               : 3000;
    const PlanImporter importer;
    std::map<int, int> errors;
    int documents = 0;
    qint64 slowest = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < iterations; ++i) {
        // WHEN a mutation of one of them is imported
        const QByteArray &base = docs.at(i % 3 == 0 ? 0 : qsizetype(1 + rng() % (docs.size() - 1)));
        const QByteArray input = mutate(base, rng, i % 7);
        QElapsedTimer timer;
        timer.start();
        const ImportOutcome o = importer.importBytes(input);
        const qint64 ms = timer.elapsed();
        slowest = std::max(slowest, ms);
        // THEN it ends in a document or a clear error, within a loose time bound
        SCOPED_TRACE("iteration " + std::to_string(i) + ", mutation " + std::to_string(i % 7));
        expectWellFormed(o);
        EXPECT_LT(ms, MaxMillisecondsPerDocument);
        if (o.error)
            ++errors[int(o.error->code)];
        else
            ++documents;
        if (HasFailure())
            break;
    }
    std::printf("[ fuzz ] %d inputs in %lld ms: %d documents; errors Empty %d, Binary %d, Undecodable %d, "
                "NoTasks %d; "
                "slowest %lld ms\n",
                iterations, static_cast<long long>(total.elapsed()), documents,
                errors[int(ImportError::Code::Empty)], errors[int(ImportError::Code::Binary)],
                errors[int(ImportError::Code::Undecodable)], errors[int(ImportError::Code::NoTasks)],
                static_cast<long long>(slowest));
    EXPECT_GT(documents, iterations / 4);
}

TEST(FuzzImport, HostileLargeInputsStayLinear)
{
    // GIVEN inputs of about 1–2 MB built to trip quadratic loops
    const QByteArray seed = duban::test::readAll(duban::test::seedPath());
    const QList<std::pair<const char *, QByteArray>> inputs = {
        {"one line without punctuation",
         QByteArray("1. 任务").append(QString(600000, QChar(u'字')).toUtf8())},
        {"many closed unit brackets",
         QByteArray("1. 任务").append(QByteArray("〔责任单位：甲局〕").repeated(60000))},
        {"many open brackets",
         QByteArray("1. 任务〔责任单位：").append(QByteArray("〔（(").repeated(100000))},
        {"one huge unit list",
         QByteArray("1. 任务〔责任单位：").append(QByteArray("甲局、乙局等，").repeated(60000)).append("〕")},
        {"many distinct units",
         [] {
             QByteArray b("1. 任务〔责任单位：");
             for (int i = 0; i < 20000; ++i)
                 b.append("新区第" + QByteArray::number(i) + "局、");
             return b.append("〕");
         }()},
        {"many figures in one clause", QByteArray("1. 任务")
                                           .append(QByteArray("新增企业1家、").repeated(60000))
                                           .append("〔责任单位：甲局〕")},
        {"many time words", QByteArray("1. 任务")
                                .append(QByteArray("6月底前2024年底前一季度").repeated(30000))
                                .append("〔责任单位：甲局〕")},
        {"many lines joined",
         QByteArray("1. 任务").append(QByteArray("字\n\n").repeated(200000)).append("〔责任单位：甲局〕")},
        {"seed repeated 40 times", seed.repeated(40)},
        {"many tasks",
         [] {
             QByteArray b;
             for (int i = 0; i < 30000; ++i)
                 b.append(QByteArray::number(i % 999 + 1) +
                          ". 任务一季度完成10个。〔责任单位：甲局、乙局〕\n");
             return b;
         }()},
        {"many sections",
         [] {
             QByteArray b;
             for (int i = 0; i < 20000; ++i)
                 b.append("## 标题" + QByteArray::number(i) + "\n1. 任务。〔责任单位：甲局〕\n");
             return b;
         }()},
        {"many table rows", QByteArray("序号\t重点任务\t牵头单位\t完成时限\n")
                                .append(QByteArray("1\t任务\t甲局\t6月底前\n\t续\t\t\n").repeated(40000))},
    };
    const PlanImporter importer;
    for (const auto &[name, bytes] : inputs) {
        SCOPED_TRACE(name);
        QElapsedTimer timer;
        timer.start();
        // WHEN each is imported
        const ImportOutcome o = importer.importBytes(bytes);
        const qint64 ms = timer.elapsed();
        std::printf("[ hostile ] %-30s %8lld bytes %6lld ms\n", name, static_cast<long long>(bytes.size()),
                    static_cast<long long>(ms));
        // THEN it finishes, well-formed, in seconds rather than hours
        expectWellFormed(o);
        EXPECT_LT(ms, 20 * MaxMillisecondsPerDocument);
    }
}
