package org.scriptorium.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalNetworkUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // this computer, by name and by address
        "http://127.0.0.1/pixel.gif", "http://127.255.255.254/", "http://localhost/", "http://LOCALHOST./x",
        "http://app.localhost/", "http://0.0.0.0/", "http://[::1]/", "http://[0:0:0:0:0:0:0:1]/", "http://[::]/",
        // the local network, by name and by address
        "http://printer.local/", "http://db.internal/", "http://nas.home.arpa/", "http://intranet/",
        "http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.1/admin.png",
        "http://100.64.0.1/", "http://169.254.169.254/latest/meta-data", "http://[fc00::1]/", "http://[fd12:3456::1]/",
        "http://[fe80::1]/", "http://[fe80::1%25eth0]/",
        // other addresses that are not on the public internet
        "http://224.0.0.1/", "http://255.255.255.255/", "http://198.18.0.1/", "http://[2001:db8::1]/",
        // loopback in the spellings a browser still reads as 127.0.0.1
        "http://2130706433/", "http://0x7f000001/", "http://0x7f.1/", "http://0177.0.0.1/", "http://127.1/",
        "http://0/", "http://127.0.0.1./", "http://%31%32%37.0.0.1/", "http://\uFF11\uFF12\uFF17\uFF0E\uFF10\uFF0E\uFF10\uFF0E\uFF11/",
        "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::ffff:10.0.0.1]/", "http://[::127.0.0.1]/",
        "http://[64:ff9b::7f00:1]/", "http://[2002:c0a8:101::1]/",
        // the host hidden behind credentials, ports, backslashes and missing or extra slashes
        "https://user:secret@127.0.0.1:8080/x", "http://example.com@127.0.0.1/", "http:\\\\127.0.0.1\\x",
        "http:127.0.0.1/x", "HTTP:////127.0.0.1/x", "//127.0.0.1/x", " \thttp://127.0.0.1/x",
        // a host no browser can read is not trusted either
        "http://1.2.3.4.5/", "http://999.1.1.1/", "http://[::1/"
    })
    void addressesOffThePublicInternetAreRecognised(String url) {
        assertThat(LocalNetworkUrls.reachesLocalNetwork(url)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/a.png", "https://cdn.example.com./a.png", "https://example.com:8443/a.png",
        "http://93.184.216.34/x.png", "https://1.1.1.1/", "http://[2606:4700::1111]/", "https://172.15.0.1/",
        "https://172.32.0.1/", "https://192.169.0.1/", "https://b\u00FCcher.de/x.png", "https://127.0.0.1.example.com/",
        // no host to fetch from: relative (the preview page has no base), inline, or another scheme
        "pictures/a.png", "/a.png", "data:image/png;base64,iVBORw0KGgo=", "mailto:someone@example.com"
    })
    void publicAddressesAndUrlsWithoutAHostAreNot(String url) {
        assertThat(LocalNetworkUrls.reachesLocalNetwork(url)).as(url).isFalse();
    }
}
