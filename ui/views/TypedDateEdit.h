#pragma once

#include <QDateEdit>

namespace duban::ui {

/// A date field that takes a date typed whole — 2023-06-30, 2023/6/30, 2023.6.30, 20230630, 2023年6月30日,
/// 23-6-30 — as well as section by section, by the arrow keys and by its calendar. QDateEdit alone drops a
/// year typed over the whole selected text or into an emptied year section. A typed date counts when it is
/// complete (Enter, leaving the field); one that is no date (2023-02-30) is not taken: the field goes back
/// to its date.
class TypedDateEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedDateEdit)
public:
    explicit TypedDateEdit(const QDate &date, QWidget *parent = nullptr);

    /// The date `text` names within the field's range, or an invalid date.
    QDate parse(const QString &text) const;

    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

protected:
    QDateTime dateTimeFromText(const QString &text) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    /// Typing a date whole: the keys go to the text as typed, not section by section, until it is taken.
    bool m_typingWhole = false;
};

} // namespace duban::ui
