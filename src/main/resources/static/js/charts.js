// Draws the study's charts with ECharts; every bar leads to the cases and passages behind it. Where the paper gives
// a number of its own, it is drawn beside the records' as a lighter bar, so that a group the paper counts and the
// records do not name is seen as such, not as nothing. The words for screen readers are the page's own, around the
// drawing, which is hidden from them: the library's generated text never replaces them.
(function () {
    'use strict';
    var ACCENT = '#0b4f8a';
    var PAPER = '#9fb8cf';
    // The charts come as data on their element: no inline script, so the pages' policy allows none.
    var charts = JSON.parse(document.getElementById('charts').dataset.charts);
    document.querySelectorAll('.chart-canvas[data-chart-index]').forEach(function (element) {
        var spec = charts[Number(element.dataset.chartIndex)];
        var papered = spec.bars.some(function (b) { return b.paper !== null && b.paper !== undefined; });
        var labels = spec.bars.map(function (b) { return b.label; });
        var records = spec.bars.map(function (b) {
            var unnamed = b.value === 0 && b.paper > 0;
            return {
                value: b.value, name: b.label, href: b.href,
                label: unnamed ? { show: true, formatter: 'not named in the records', color: '#7a5600' } : undefined
            };
        });
        var paper = spec.bars.map(function (b) {
            return { value: b.paper === null || b.paper === undefined ? null : b.paper, name: b.label, href: b.href };
        });
        var categories = { type: 'category', data: labels, axisLabel: { interval: 0, color: '#1b1f24' } };
        var values = { type: 'value', minInterval: 1, axisLabel: { color: '#1b1f24' } };
        if (spec.horizontal) {
            categories.inverse = true;
            categories.axisLabel.width = 260;
            categories.axisLabel.overflow = 'break';
        } else if (labels.length > 6) {
            categories.axisLabel.rotate = 40;
        }
        var series = [{
            name: 'in the records',
            type: 'bar',
            data: records,
            cursor: 'pointer',
            itemStyle: { color: ACCENT },
            emphasis: { itemStyle: { color: '#e0a100' } },
            label: { show: true, position: spec.horizontal ? 'right' : 'top', color: '#1b1f24' }
        }];
        if (papered) {
            series.push({
                name: 'in the paper',
                type: 'bar',
                data: paper,
                cursor: 'pointer',
                itemStyle: { color: PAPER },
                label: { show: true, position: spec.horizontal ? 'right' : 'top', color: '#4a5360' }
            });
        }
        var chart = echarts.init(element, null, { renderer: 'svg' });
        chart.setOption({
            animation: false,
            aria: { enabled: false },
            legend: papered ? { top: 0, textStyle: { color: '#1b1f24' } } : undefined,
            tooltip: { trigger: 'item', formatter: '{b}, {a}: {c}' },
            grid: { left: 8, right: 32, top: papered ? 28 : 16, bottom: 8, containLabel: true },
            xAxis: spec.horizontal ? values : categories,
            yAxis: spec.horizontal ? categories : values,
            series: series
        });
        chart.on('click', function (event) {
            if (event.data && event.data.href) {
                window.location.href = event.data.href;
            }
        });
        window.addEventListener('resize', function () { chart.resize(); });
    });
}());
