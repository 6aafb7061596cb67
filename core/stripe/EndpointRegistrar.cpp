#include "stripe/EndpointRegistrar.h"

#include "db/AppStateRepository.h"
#include "log/LogCategories.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "stripe/StripeEventMapper.h"

#include <QSysInfo>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace Dewey {

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

EndpointRegistrar::EndpointRegistrar(StripeApiClient& api, SecretStore& secrets, AppStateRepository& appState,
                                     const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_secrets(secrets)
    , m_appState(appState)
    , m_settings(settings)
{
    qRegisterMetaType<Dewey::EndpointRegistrar::Result>();
    // Paying by PaymentIntent on or off changes which events the endpoint must receive.
    connect(&settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::StripePaymentIntentSales && isConnected())
            connectEndpoint(registeredUrl());
    });
}

QString EndpointRegistrar::endpointId() const
{
    return m_appState.value(endpointIdStateKey());
}

QString EndpointRegistrar::registeredUrl() const
{
    return m_appState.value(endpointUrlStateKey());
}

QString EndpointRegistrar::installId()
{
    QString id = m_appState.value(installIdStateKey());
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        if (!m_appState.setValue(installIdStateKey(), id, &error))
            qCWarning(lcStripe) << "could not store the installation id:" << error;
    }
    return id;
}

QStringList EndpointRegistrar::enabledEvents() const
{
    return StripeEventMapper::handledEventTypes(m_settings.paymentIntentSales());
}

bool EndpointRegistrar::isOurs(const StripeWebhookEndpoint& endpoint)
{
    return endpoint.metadata.value(createdByKey()) == createdByValue() &&
           endpoint.metadata.value(installKey()) == installId();
}

StripeWebhookEndpointParams EndpointRegistrar::params()
{
    StripeWebhookEndpointParams params;
    params.url = m_job.url;
    params.enabledEvents = enabledEvents();
    params.metadata = {{createdByKey(), createdByValue()}, {installKey(), installId()}};
    params.description = tr("Dewey sale alerts on %1").arg(QSysInfo::machineHostName());
    params.apiVersion = StripeApiClient::apiVersion();
    return params;
}

void EndpointRegistrar::connectEndpoint(const QString& webhookUrl)
{
    run({Action::Connect, webhookUrl.trimmed()});
}

void EndpointRegistrar::disconnectEndpoints()
{
    run({Action::Disconnect, {}});
}

void EndpointRegistrar::followUrl(const QString& webhookUrl)
{
    if (!isConnected() || webhookUrl.isEmpty() || webhookUrl == registeredUrl())
        return;
    qCInfo(lcStripe) << "the tunnel's address changed; updating the Stripe webhook endpoint";
    connectEndpoint(webhookUrl);
}

void EndpointRegistrar::run(const Job& job)
{
    if (m_busy) {
        // Only the latest wish matters (a quick tunnel may have changed its address twice).
        m_queued = job;
        return;
    }
    m_job = job;
    m_result = Result{};
    m_result.url = job.url;
    m_keep.reset();
    m_stale.clear();
    if (job.action == Action::Connect) {
        const QUrl url(job.url, QUrl::StrictMode);
        if (job.url.isEmpty() || !url.isValid() || url.host().isEmpty()) {
            m_result.message = tr("There is no public address to register yet: choose a tunnel in Settings → "
                                  "Stripe and wait until it is connected.");
            emit finished(m_result);
            return;
        }
    }
    if (!m_api.hasSecretKey()) {
        m_result.message = tr("Connecting needs the Stripe secret key: add it in Settings → Secrets.");
        emit finished(m_result);
        return;
    }
    m_busy = true;
    emit busyChanged(true);
    m_api.listWebhookEndpoints(
        this, [this](const StripeApiClient::Response& response,
                     const QList<StripeWebhookEndpoint>& endpoints) { onListed(response, endpoints); });
}

void EndpointRegistrar::onListed(const StripeApiClient::Response& response,
                                 const QList<StripeWebhookEndpoint>& endpoints)
{
    if (!response.ok()) {
        m_result.message = response.message;
        complete(m_result);
        return;
    }
    m_endpointCount = static_cast<int>(endpoints.size());
    const QString storedId = endpointId();
    QList<StripeWebhookEndpoint> ours;
    for (const StripeWebhookEndpoint& endpoint : endpoints) {
        if (isOurs(endpoint))
            ours << endpoint;
    }
    if (m_job.action == Action::Connect) {
        // The endpoint whose secret Dewey holds can simply be updated; without that secret only a new
        // endpoint (which comes with a secret) will do.
        const bool haveSecret = m_secrets.hasValue(SecretId::StripeWebhookSecret);
        for (const StripeWebhookEndpoint& endpoint : ours) {
            if (haveSecret && !m_keep && endpoint.id == storedId)
                m_keep = endpoint;
        }
    }
    for (const StripeWebhookEndpoint& endpoint : ours) {
        if (!m_keep || endpoint.id != m_keep->id)
            m_stale << endpoint.id;
    }
    // Stale ones go first: at Stripe's limit, they make room for the new one.
    removeNextStale();
}

void EndpointRegistrar::removeNextStale()
{
    if (m_stale.isEmpty()) {
        if (m_job.action == Action::Disconnect) {
            forget();
            m_result.ok = true;
            m_result.message = m_result.removed == 0
                                   ? tr("Dewey had no webhook endpoint in this Stripe account.")
                                   : tr("Removed Dewey's webhook endpoint from Stripe.");
            complete(m_result);
            return;
        }
        createOrUpdate();
        return;
    }
    const QString id = m_stale.takeFirst();
    m_api.deleteWebhookEndpoint(id, this, [this, id](const StripeApiClient::Response& response) {
        if (response.ok() || response.error == StripeApiClient::Error::NotFound) {
            qCInfo(lcStripe) << "removed Dewey's stale webhook endpoint" << id;
            ++m_result.removed;
            --m_endpointCount;
            if (id == endpointId())
                forget();
        } else {
            // Not fatal: the next connection tries again.
            qCWarning(lcStripe).noquote()
                << "could not remove webhook endpoint" << id << ":" << response.message;
        }
        removeNextStale();
    });
}

void EndpointRegistrar::createOrUpdate()
{
    if (m_keep) {
        const bool same = m_keep->url == m_job.url &&
                          sorted(m_keep->enabledEvents) == sorted(enabledEvents()) &&
                          m_keep->status != QLatin1String("disabled");
        if (same) {
            remember(*m_keep);
            m_result.ok = true;
            m_result.endpointId = m_keep->id;
            m_result.message = tr("Stripe sends sales to %1.").arg(m_job.url);
            complete(m_result);
            return;
        }
        m_api.updateWebhookEndpoint(
            m_keep->id, params(), this,
            [this](const StripeApiClient::Response& response, const StripeWebhookEndpoint& endpoint) {
                onUpdated(response, endpoint);
            });
        return;
    }
    m_api.createWebhookEndpoint(
        params(), this,
        [this](const StripeApiClient::Response& response, const StripeWebhookEndpoint& endpoint) {
            onCreated(response, endpoint);
        });
}

void EndpointRegistrar::onCreated(const StripeApiClient::Response& response,
                                  const StripeWebhookEndpoint& endpoint)
{
    if (!response.ok()) {
        m_result.message = response.message;
        if (response.error == StripeApiClient::Error::InvalidRequest && m_endpointCount >= 16) {
            m_result.message =
                tr("Stripe allows 16 webhook endpoints per account, and all are in use. Remove old "
                   "ones in the Stripe dashboard (Developers → Webhooks), then connect again.");
        }
        complete(m_result);
        return;
    }
    // Rotation: deliveries signed with the secret before may still be on their way.
    const QString current = m_secrets.value(SecretId::StripeWebhookSecret);
    if (!current.isEmpty() && current != endpoint.secret)
        m_secrets.setValue(SecretId::StripeWebhookSecretPrevious, current);
    m_secrets.setValue(SecretId::StripeWebhookSecret, endpoint.secret);
    remember(endpoint);
    qCInfo(lcStripe) << "registered webhook endpoint" << endpoint.id;
    m_result.ok = true;
    m_result.created = true;
    m_result.endpointId = endpoint.id;
    m_result.message = tr("Connected: Stripe sends sales to %1.").arg(m_job.url);
    complete(m_result);
}

void EndpointRegistrar::onUpdated(const StripeApiClient::Response& response,
                                  const StripeWebhookEndpoint& endpoint)
{
    if (!response.ok()) {
        m_result.message = response.message;
        if (response.error == StripeApiClient::Error::NotFound) {
            // Deleted in the dashboard meanwhile: the next attempt creates a new one.
            forget();
        }
        complete(m_result);
        return;
    }
    remember(endpoint);
    qCInfo(lcStripe) << "updated webhook endpoint" << endpoint.id;
    m_result.ok = true;
    m_result.updated = true;
    m_result.endpointId = endpoint.id;
    m_result.message = tr("Updated: Stripe sends sales to %1.").arg(m_job.url);
    complete(m_result);
}

void EndpointRegistrar::remember(const StripeWebhookEndpoint& endpoint)
{
    QString error;
    if (!m_appState.setValue(endpointIdStateKey(), endpoint.id, &error) ||
        !m_appState.setValue(endpointUrlStateKey(), endpoint.url.isEmpty() ? m_job.url : endpoint.url,
                             &error))
        qCWarning(lcStripe) << "could not remember the webhook endpoint:" << error;
}

void EndpointRegistrar::forget()
{
    m_appState.remove(endpointIdStateKey());
    m_appState.remove(endpointUrlStateKey());
}

void EndpointRegistrar::complete(Result result)
{
    if (!result.ok)
        qCWarning(lcStripe).noquote() << "Stripe endpoint registration:" << result.message;
    m_busy = false;
    emit finished(result);
    emit busyChanged(false);
    if (m_queued) {
        const Job next = *m_queued;
        m_queued.reset();
        run(next);
    }
}

} // namespace Dewey
