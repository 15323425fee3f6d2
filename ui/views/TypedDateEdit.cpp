#include "TypedDateEdit.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace duban::ui {

TypedDateEdit::TypedDateEdit(const QDate &date, QWidget *parent) : QDateEdit(date, parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Typing 2023 into the year passes through 2, 20 and 202: the date counts once it is whole.
    setKeyboardTracking(false);
    connect(this, &QDateEdit::editingFinished, this, [this] { m_typingWhole = false; });
}

QDate TypedDateEdit::parse(const QString &text) const
{
    // Digits in groups, any separators between them (- / . 年 月 日 spaces), full-width digits too.
    static const QRegularExpression groups(QStringLiteral("\\d+"));
    QStringList parts;
    for (auto it = groups.globalMatch(text); it.hasNext();)
        parts.append(it.next().captured());
    if (parts.size() == 1 && parts.first().size() == 8) {
        const QString all = parts.first();
        parts = {all.left(4), all.mid(4, 2), all.mid(6, 2)};
    }
    if (parts.size() != 3 || (parts.at(0).size() != 4 && parts.at(0).size() != 2) || parts.at(1).size() > 2 ||
        parts.at(2).size() > 2)
        return {};
    int year = parts.at(0).toInt();
    if (parts.at(0).size() == 2)
        year += 2000; // 23-6-30: this century, as offices write it
    const QDate date(year, parts.at(1).toInt(), parts.at(2).toInt());
    return date.isValid() && date >= minimumDate() && date <= maximumDate() ? date : QDate();
}

QValidator::State TypedDateEdit::validate(QString &input, int &pos) const
{
    // Section by section as QDateEdit reads it; a date being typed whole, anything on its way to one.
    if (!m_typingWhole)
        return QDateEdit::validate(input, pos);
    static const QRegularExpression typeable(QStringLiteral("^[\\d\\s\\-/.年月日]*$"));
    if (!typeable.match(input).hasMatch())
        return QValidator::Invalid;
    return parse(input).isValid() ? QValidator::Acceptable : QValidator::Intermediate;
}

void TypedDateEdit::fixup(QString &input) const
{
    const QDate typed = parse(input);
    if (typed.isValid())
        input = typed.toString(displayFormat());
    else
        input = date().toString(displayFormat()); // no date: back to the field's own
}

QDateTime TypedDateEdit::dateTimeFromText(const QString &text) const
{
    // A whole typed date read as if written in the display format, so that QDateEdit makes it the same
    // date-time (time spec and all) as one typed section by section.
    const QDate typed = parse(text);
    return QDateEdit::dateTimeFromText(typed.isValid() ? typed.toString(displayFormat()) : text);
}

void TypedDateEdit::keyPressEvent(QKeyEvent *event)
{
    QLineEdit *line = lineEdit();
    const QString typed = event->text();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    static const QRegularExpression dateCharacter(QStringLiteral("^[\\d\\-/.年月日 ]$"));
    const bool character = plain && dateCharacter.match(typed).hasMatch();
    const bool wholeSelected = line->hasSelectedText() && line->selectedText() == line->text();
    // QDateEdit sends a digit typed over the whole selected text into its last section (the day):
    // over a selection of everything, or once begun so, the text is typed as it comes.
    if (character && (wholeSelected || m_typingWhole)) {
        m_typingWhole = true;
        // QDateEdit follows its text's edits and cursor to put them back into sections: not these.
        const QSignalBlocker block(line);
        if (wholeSelected)
            line->clear();
        line->insert(typed);
        return;
    }
    const bool editing = event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete ||
                         event->key() == Qt::Key_Left || event->key() == Qt::Key_Right ||
                         event->key() == Qt::Key_Home || event->key() == Qt::Key_End;
    if (m_typingWhole && editing) {
        const QSignalBlocker block(line);
        QCoreApplication::sendEvent(line, event);
        return;
    }
    QDateEdit::keyPressEvent(event); // Enter takes the text; arrows step; Escape, section typing
}

void TypedDateEdit::focusOutEvent(QFocusEvent *event)
{
    QDateEdit::focusOutEvent(event); // takes the text typed, or goes back to the date
    m_typingWhole = false;
}

} // namespace duban::ui
