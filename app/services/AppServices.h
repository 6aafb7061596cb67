#pragma once
namespace Dewey {
class AppServices
{
};
} // namespace Dewey
