# One INTERFACE target carries the settings every Dewey target shares: the language standard,
# Qt's strictness macros and the warning level. Every library, executable and test links it.
add_library(dewey_compile_options INTERFACE)
add_library(Dewey::CompileOptions ALIAS dewey_compile_options)

target_compile_features(dewey_compile_options INTERFACE cxx_std_20)

target_compile_definitions(dewey_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(MSVC)
    target_compile_options(dewey_compile_options INTERFACE /W4 /permissive- /utf-8)
    if(DEFINED ENV{CI})
        target_compile_options(dewey_compile_options INTERFACE /WX)
    endif()
else()
    target_compile_options(dewey_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
        -Wimplicit-fallthrough -Wcast-align -Wnull-dereference)
    if(DEFINED ENV{CI})
        target_compile_options(dewey_compile_options INTERFACE -Werror)
    endif()
endif()
