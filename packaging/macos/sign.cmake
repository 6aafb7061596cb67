# CPack pre-build script (macOS): signs Dewey.app in CPack's staging directory, after macdeployqt
# and before the DMG is made, when MACOS_SIGNING_IDENTITY names a certificate in the keychain.
# Without it the DMG holds an unsigned app (Gatekeeper then asks the streamer to confirm once).
set(identity "$ENV{MACOS_SIGNING_IDENTITY}")
if(identity STREQUAL "")
    message(STATUS "MACOS_SIGNING_IDENTITY is not set: Dewey.app stays unsigned")
    return()
endif()
file(GLOB_RECURSE bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*Dewey.app")
foreach(bundle IN LISTS bundles)
    if(IS_DIRECTORY "${bundle}")
        execute_process(
            COMMAND codesign --deep --force --options runtime --timestamp --sign "${identity}" "${bundle}"
            COMMAND_ERROR_IS_FATAL ANY)
        message(STATUS "Signed ${bundle}")
    endif()
endforeach()
