// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/privacy/vin.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isVinChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return true;
    return u >= u'A' && u <= u'Z' && u != u'I' && u != u'O' && u != u'Q';
}

bool isPlaceholder(QStringView vin)
{
    // BMW's sample archives use WBAXXXXXXXXXXXXXX: not a vehicle.
    return vin.count(u'X') >= 10;
}

} // namespace

namespace Vin {

QString normalized(QStringView text)
{
    QString vin;
    vin.reserve(17);
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        vin.append(c.toUpper());
    }
    if (vin.size() != 17)
        return {};
    for (QChar c : std::as_const(vin)) {
        if (!isVinChar(c))
            return {};
    }
    return isPlaceholder(vin) ? QString() : vin;
}

QString fromFileName(QStringView fileName)
{
    static const QRegularExpression pattern(
        u"(?:^|[_\\-. ])([A-HJ-NPR-Z0-9]{17})(?=[_\\-. ]|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto it = pattern.globalMatch(fileName);
    while (it.hasNext()) {
        const QString vin = normalized(it.next().capturedView(1));
        if (!vin.isEmpty())
            return vin;
    }
    return {};
}

QString redacted(QStringView text)
{
    // Lenient on purpose: anything VIN-shaped goes, placeholders included.
    static const QRegularExpression pattern(u"(?<![A-Za-z0-9])[A-HJ-NPR-Za-hj-npr-z0-9]{17}(?![A-Za-z0-9])"_s);
    QString out = text.toString();
    qsizetype offset = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QStringView candidate = match.capturedView();
        bool hasDigit = false;
        bool hasLetter = false;
        bool hasLower = false;
        for (QChar c : candidate) {
            hasDigit |= c.isDigit();
            hasLetter |= c.isLetter();
            hasLower |= c.isLower();
        }
        // Digits alone are a number, and a mixed-case word is a word; letters
        // alone in capitals are a VIN as fromFileName() reads one (BMW's
        // placeholder WBAXXXXXXXXXXXXXX among them).
        if (!hasLetter || (!hasDigit && hasLower && !isPlaceholder(candidate.toString().toUpper())))
            continue;
        const QString replacement = u"[VIN]"_s;
        out.replace(match.capturedStart() + offset, match.capturedLength(), replacement);
        offset += replacement.size() - match.capturedLength();
    }
    return out;
}

} // namespace Vin
