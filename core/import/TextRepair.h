#pragma once

#include "core/import/SourceParagraph.h"

#include <QList>
#include <QString>

namespace duban::core {

/// Repairs what PDF extraction and mixed typing break in a plan's text: odd spaces and full-width
/// digits, half-width punctuation between Chinese characters, stray page numbers, markdown markers,
/// and sentences (even unit names) cut across lines and blank lines by page breaks.
class TextRepair final
{
public:
    /// Cleaned lines, one per source line (blank lines and page numbers kept as blank entries).
    static QList<SourceParagraph> lines(const QString &text);

    /// Lines joined into paragraphs: a paragraph continues across line breaks and blank lines while it
    /// has an unclosed bracket or does not end a sentence, unless the next line starts a new element.
    static QList<SourceParagraph> paragraphs(const QList<SourceParagraph> &lines);

    /// Full-width digits and letters to ASCII, odd spaces to ' ', invisible characters removed.
    static QString normaliseCharacters(const QString &text);
    /// Removes white space next to Chinese characters and punctuation; other runs become one space.
    static QString collapseSpaces(const QString &text);
    /// , : ; ( ) ! ? next to a Chinese character become ， ： ； （ ） ！ ？ (1,000 and 10:30 stay).
    static QString fullWidthPunctuation(const QString &text);
    /// A unit name as stored: no spaces, full-width brackets, balanced.
    static QString normaliseUnitName(const QString &name);

    static bool isCjk(QChar c);                     ///< Han character or CJK/full-width punctuation
    static bool isPageNumber(const QString &line);  ///< "12", "- 3 -", "— 3 —", "第 3 页" …
    static bool endsSentence(const QString &text);  ///< ends in 。；！？：〕 … (after closing quotes)
    static int bracketBalance(const QString &text); ///< opening minus closing brackets of any kind
    static bool isOpeningBracket(QChar c);
    static bool isClosingBracket(QChar c);
    static bool isDateLine(const QString &line); ///< "2023年3月22日", "二〇二三年三月二十二日"
    static bool isDocumentNumberLine(const QString &line); ///< "湘新综发〔2023〕22号"
};

} // namespace duban::core
