# CPack: one generator per OS, chosen here so `cpack` in a build directory makes the right installer.
#   Linux: .deb (Depends from dpkg-shlibdeps plus what Qt and QtKeychain load at run time)
#   Windows: NSIS (Start-menu entry, uninstaller; Dewey listens on loopback only, so the firewall is
#            left alone)
#   macOS: DMG with Dewey.app

set(CPACK_PACKAGE_NAME dewey)
set(CPACK_PACKAGE_VENDOR "The Dewey developers")
set(CPACK_PACKAGE_CONTACT "The Dewey developers <hello@dewey.stream>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Dewey)
set(CPACK_PACKAGE_EXECUTABLES dewey Dewey)
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME Dewey)
    set(CPACK_NSIS_PACKAGE_NAME Dewey)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\dewey.exe)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN dewey.exe)
    set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/windows/dewey.ico)
    set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/windows/dewey.ico)
    # Start-menu shortcut to bin\dewey.exe (from CPACK_PACKAGE_EXECUTABLES); offer to remove an older
    # version first so upgrades do not pile up entries in Apps & features.
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_PACKAGE_FILE_NAME "Dewey-${PROJECT_VERSION}-windows-x64")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Dewey)
    set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/macos/sign.cmake)
    set(CPACK_PACKAGE_FILE_NAME "Dewey-${PROJECT_VERSION}-macos")
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION video)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver plugin, libsecret
    # (QtKeychain opens it with dlopen), the X11/Wayland platform plugins and the SVG icon plugins
    # (every icon of the window and the tray is an SVG; Debian 13 moved them to qt6-svg-plugins).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, libsecret-1-0, qt6-qpa-plugins, qt6-svg-plugins | libqt6svg6 (<< 6.5)")
    # A keyring to keep the secrets in (without one Dewey asks for them every start), and Qt's own
    # translations for the standard dialogs.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
endif()

include(CPack)
