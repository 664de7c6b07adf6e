// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/online/qrcode.h"

#include <qrencode.h>

#include <memory>

namespace {

constexpr int quietZone = 4;

struct Free
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

std::unique_ptr<QRcode, Free> encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::unique_ptr<QRcode, Free>(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
}

} // namespace

int QrCode::modules(const QString &text)
{
    const auto code = encode(text);
    return code ? code->width : 0;
}

QImage QrCode::image(const QString &text, int scale)
{
    const auto code = encode(text);
    if (!code || scale < 1)
        return {};
    const int side = (code->width + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1)) // bit 0: a dark module
                continue;
            for (int dy = 0; dy < scale; ++dy)
                for (int dx = 0; dx < scale; ++dx)
                    image.setPixel((x + quietZone) * scale + dx, (y + quietZone) * scale + dy, 1);
        }
    }
    return image;
}
