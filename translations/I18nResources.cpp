// Anchors the dewey_i18n library; its content is the generated :/i18n resources.
namespace Dewey {
int i18nResourcesAnchor = 0;
}
