#include "CliCommon.h"

#include <cstdio>

namespace duban::app {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void printOut(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

void printError(const QString &text)
{
    std::fprintf(stderr, "duban: %s\n", text.toUtf8().constData());
}

void appendJsonUtf8(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    const char *run = p; // start of the bytes not yet copied
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out.append(buffer, 6);
        }
        }
        run = p + 1;
    }
    out.append(run, end - run);
    out.append('"');
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        std::fprintf(stderr, "usage: %s\n", usage.toUtf8().constData());
        return false;
    }
    return true;
}

bool parseOptionsOnly(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    if (!parseArguments(parser, arguments, usage))
        return false;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

std::unique_ptr<core::Database> openDatabase(const QString &explicitPath, DatabaseUse use)
{
    core::StorageError error;
    core::Database::OpenOptions options;
    options.mustExist = use == DatabaseUse::MustExist;
    auto db = core::Database::open(core::Database::resolvePath(explicitPath), &error, options);
    if (!db) {
        if (error.code == core::StorageError::Code::Missing)
            printError(QStringLiteral("%1 Check --db or DUBAN_DB; only import and generate create a new "
                                      "database.")
                           .arg(error.message));
        else
            printError(error.message);
    }
    return db;
}

std::optional<QDate> parseAsOf(const QString &text)
{
    if (text.isEmpty())
        return QDate::currentDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        printError(QStringLiteral("--as-of wants a date like 2023-07-01, not \"%1\"").arg(text));
        return std::nullopt;
    }
    return d;
}

} // namespace duban::app
