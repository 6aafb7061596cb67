#pragma once

#include "stripe/Sale.h"

#include <QList>
#include <QString>

#include <functional>

namespace Dewey {

// Where the intake gets a Checkout Session's line items after it has answered Stripe (they are not
// part of the event). Implemented by the Stripe API client; tests script it.
class LineItemsSource
{
public:
    struct Result
    {
        bool ok = false;
        QList<SaleItem> items;
        QString error; // why not, when !ok (no secret key, timeout, HTTP error, …)
    };
    using Callback = std::function<void(const Result&)>;

    virtual ~LineItemsSource() = default;

    // False when a fetch would fail at once (no Stripe secret key): the intake then records the sale
    // as complete in the same transaction instead of waiting for an answer.
    virtual bool canFetch() const { return true; }

    // Calls back exactly once, with items or a reason, after the implementation's own timeout and
    // retries. May call back before returning (for example when no secret key is set).
    virtual void fetchCheckoutLineItems(const QString& sessionId, Callback callback) = 0;
};

} // namespace Dewey
