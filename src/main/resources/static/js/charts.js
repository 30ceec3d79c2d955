// Draws the study's charts with ECharts; every bar leads to the cases and passages behind it.
(function () {
    'use strict';
    var ACCENT = '#0b4f8a';
    // The charts come as data on their element: no inline script, so the pages' policy allows none.
    var charts = JSON.parse(document.getElementById('charts').dataset.charts);
    document.querySelectorAll('.chart[data-chart-index]').forEach(function (element) {
        var spec = charts[Number(element.dataset.chartIndex)];
        var labels = spec.bars.map(function (b) { return b.label; });
        var data = spec.bars.map(function (b) { return { value: b.value, name: b.label, href: b.href }; });
        var categories = { type: 'category', data: labels, axisLabel: { interval: 0, color: '#1b1f24' } };
        var values = { type: 'value', minInterval: 1, axisLabel: { color: '#1b1f24' } };
        if (spec.horizontal) {
            categories.inverse = true;
            categories.axisLabel.width = 260;
            categories.axisLabel.overflow = 'break';
        } else if (labels.length > 6) {
            categories.axisLabel.rotate = 40;
        }
        var chart = echarts.init(element, null, { renderer: 'svg' });
        chart.setOption({
            animation: false,
            aria: { enabled: true },
            tooltip: { trigger: 'item', formatter: '{b}: {c}' },
            grid: { left: 8, right: 32, top: 16, bottom: 8, containLabel: true },
            xAxis: spec.horizontal ? values : categories,
            yAxis: spec.horizontal ? categories : values,
            series: [{
                type: 'bar',
                data: data,
                cursor: 'pointer',
                itemStyle: { color: ACCENT },
                emphasis: { itemStyle: { color: '#e0a100' } },
                label: { show: true, position: spec.horizontal ? 'right' : 'top', color: '#1b1f24' }
            }]
        });
        chart.on('click', function (event) {
            if (event.data && event.data.href) {
                window.location.href = event.data.href;
            }
        });
        window.addEventListener('resize', function () { chart.resize(); });
    });
}());
