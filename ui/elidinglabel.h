// A one-line label that shortens its text with "…" when it has too little room, instead of
// pushing its neighbours away or being cut off.
#pragma once

#include <QLabel>

namespace gig {

// text() stays the whole text; when it is cut, the whole text is also the tooltip (unless a
// tooltip was set). Plain text only.
class ElidingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingLabel)

public:
    explicit ElidingLabel(QWidget *parent = nullptr);
    explicit ElidingLabel(const QString &text, QWidget *parent = nullptr);
    ~ElidingLabel() override;

    QSize minimumSizeHint() const override;
    // The text as it is drawn at the label's width.
    QString shownText() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace gig
