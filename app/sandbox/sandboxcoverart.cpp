#include "app/sandbox/sandboxcoverart.h"

#include "app/sandbox/sandboxrandom.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

quint64 digestOf(const QString &mbid)
{
    return SandboxRandom::hashString(mbid);
}

} // namespace

bool SandboxCoverArt::hasCover(const QString &releaseGroupMbid)
{
    return digestOf(releaseGroupMbid) % 5 != 0;
}

QImage SandboxCoverArt::render(const QString &releaseGroupMbid, int size)
{
    const quint64 digest = digestOf(releaseGroupMbid);
    const QColor colour = QColor::fromHsv(int(digest % 360), 150, 200);
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(160), size / 16.0));
    painter.setBrush(Qt::NoBrush);
    const double inset = size * (0.18 + double((digest >> 16) % 10) / 100.0);
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
    return image;
}

SandboxReply SandboxCoverArt::handle(const SandboxWorld &, const SandboxCall &call) const
{
    // /release-group/{mbid}/front-250 (also front, front-500, front-1200): a redirect.
    static const QRegularExpression front(
        u"^/release-group/([0-9a-f-]{36}|[^/]+)/front(?:-(250|500|1200))?$"_s);
    // /images/{mbid}-{size}.png: the image itself.
    static const QRegularExpression image(u"^/images/([^/]+)-(250|500|1200)\\.png$"_s);
    if (const auto match = front.match(call.path); match.hasMatch()) {
        const QString mbid = match.captured(1);
        if (!hasCover(mbid))
            return SandboxReply::text(
                "No cover art found for release group " + mbid.toUtf8() + "\n", 404);
        const QString size = match.captured(2).isEmpty() ? u"1200"_s : match.captured(2);
        SandboxReply reply = SandboxReply::text("See: the image\n", 307);
        const QString root = call.serviceRoot.toString();
        reply.headers
            = { { "Location", (root + u"/images/"_s + mbid + u'-' + size + u".png"_s).toUtf8() } };
        return reply;
    }
    if (const auto match = image.match(call.path); match.hasMatch()) {
        const QString mbid = match.captured(1);
        if (!hasCover(mbid))
            return SandboxReply::text("Not found\n", 404);
        const QByteArray etag = '"' + QByteArray::number(digestOf(mbid), 16) + '"';
        SandboxReply reply;
        reply.contentType = "image/png";
        reply.headers = { { "ETag", etag },
            { "Cache-Control", "max-age=" + QByteArray::number(maxAgeSeconds) } };
        if (call.ifNoneMatch(etag)) {
            reply.status = 304;
            return reply;
        }
        QBuffer buffer(&reply.body);
        buffer.open(QIODevice::WriteOnly);
        render(mbid, match.captured(2).toInt()).save(&buffer, "PNG");
        return reply;
    }
    return SandboxReply::text("Not found\n", 404);
}

SandboxReply SandboxCoverArt::errorReply(int status) const
{
    return SandboxReply::text(
        status == 429 ? "Too Many Requests\n" : "Service Unavailable\n", status);
}

SandboxReply SandboxCoverArt::wrongShapeReply() const
{
    SandboxReply reply = SandboxReply::text("<html><body>Maintenance</body></html>", 200);
    reply.contentType = "image/png";
    return reply;
}

} // namespace gig
