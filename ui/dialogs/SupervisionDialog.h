#pragma once

#include "core/domain/SupervisionRecord.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QRadioButton;

namespace duban::ui {

/// Gathers a reminder (催办) or formal notice (督办) to a unit with a response-due date — or, for an
/// existing record, its response.
class SupervisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionDialog)
public:
    enum class Mode
    {
        Issue,
        Respond
    };

    SupervisionDialog(const core::SupervisionRecord &record, const QStringList &units, Mode mode,
                      QWidget *parent = nullptr);
    core::SupervisionRecord record() const;

private:
    core::SupervisionRecord m_record;
    Mode m_mode;
    QRadioButton *m_reminder = nullptr;
    QRadioButton *m_notice = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_unit = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDateEdit *m_due = nullptr;
    QDateEdit *m_respondedOn = nullptr;
    QPlainTextEdit *m_response = nullptr;
};

} // namespace duban::ui
