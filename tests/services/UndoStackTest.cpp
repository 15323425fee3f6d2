// UndoStack: the open ledger's history; a step that fails leaves the stack where it was.
#include "core/services/UndoStack.h"

#include <gtest/gtest.h>

using namespace duban::core;

namespace {

/// Adds `step` to a counter; fails while `fail` is set.
class Step final : public UndoCommand
{
public:
    Step(int *value, int step, bool *fail)
        : UndoCommand(QStringLiteral("add %1").arg(step)), m_value(value), m_step(step), m_fail(fail)
    {
    }
    bool apply(StorageError *error) override { return change(m_step, error); }
    bool revert(StorageError *error) override { return change(-m_step, error); }

private:
    bool change(int by, StorageError *error)
    {
        if (*m_fail) {
            *error = StorageError{StorageError::Code::Conflict, QStringLiteral("refused")};
            return false;
        }
        *m_value += by;
        return true;
    }
    int *m_value;
    int m_step;
    bool *m_fail;
};

} // namespace

TEST(UndoStack, PushUndoRedoAndTexts)
{
    int value = 0;
    bool fail = false;
    UndoStack stack;
    int changes = 0;
    QObject::connect(&stack, &UndoStack::changed, [&] { ++changes; });
    StorageError error;
    ASSERT_TRUE(stack.push(std::make_unique<Step>(&value, 2, &fail), &error));
    ASSERT_TRUE(stack.push(std::make_unique<Step>(&value, 5, &fail), &error));
    EXPECT_EQ(value, 7);
    EXPECT_EQ(stack.count(), 2);
    EXPECT_EQ(stack.undoText(), QStringLiteral("add 5"));
    EXPECT_FALSE(stack.canRedo());
    ASSERT_TRUE(stack.undo());
    EXPECT_EQ(value, 2);
    EXPECT_EQ(stack.redoText(), QStringLiteral("add 5"));
    // A new command drops what could be redone
    ASSERT_TRUE(stack.push(std::make_unique<Step>(&value, 10, &fail), &error));
    EXPECT_EQ(value, 12);
    EXPECT_EQ(stack.count(), 2);
    EXPECT_FALSE(stack.canRedo());
    EXPECT_EQ(changes, 4);
}

TEST(UndoStack, AFailedStepLeavesTheStackWhereItWas)
{
    int value = 0;
    bool fail = false;
    UndoStack stack;
    QStringList failures;
    QObject::connect(&stack, &UndoStack::failed, [&](const QString &m) { failures.append(m); });
    StorageError error;
    ASSERT_TRUE(stack.push(std::make_unique<Step>(&value, 3, &fail), &error));
    fail = true;
    // A first apply that fails is not pushed
    EXPECT_FALSE(stack.push(std::make_unique<Step>(&value, 4, &fail), &error));
    EXPECT_EQ(stack.count(), 1);
    // An undo that fails keeps the command applied and undoable
    EXPECT_FALSE(stack.undo(&error));
    EXPECT_EQ(error.message, QStringLiteral("refused"));
    EXPECT_EQ(stack.index(), 1);
    EXPECT_TRUE(stack.canUndo());
    EXPECT_EQ(failures, QStringList{QStringLiteral("refused")});
    // Once the cause is gone the same undo succeeds
    fail = false;
    ASSERT_TRUE(stack.undo());
    EXPECT_EQ(value, 0);
    fail = true;
    EXPECT_FALSE(stack.redo());
    EXPECT_EQ(stack.index(), 0);
    EXPECT_TRUE(stack.canRedo());
    fail = false;
    ASSERT_TRUE(stack.redo());
    EXPECT_EQ(value, 3);
}
