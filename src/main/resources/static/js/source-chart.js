// A source's measured reliability after each outcome: the posterior mean as a line, its 90 % interval as a band.
(function () {
    'use strict';
    var element = document.getElementById('source-chart');
    if (!element) {
        return;
    }
    var steps = JSON.parse(element.dataset.steps);
    var labels = steps.map(function (s) { return s.at.substring(0, 10) + ' ' + s.lead; });
    var low = steps.map(function (s) { return s.measured.low; });
    var width = steps.map(function (s) { return s.measured.high - s.measured.low; });
    var mean = steps.map(function (s) { return s.measured.mean; });
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
        animation: false,
        // The page's own description and table say what the chart shows; the chart adds no text of its own.
        aria: { enabled: false },
        tooltip: {
            trigger: 'axis',
            formatter: function (items) {
                var i = items[0].dataIndex;
                var s = steps[i];
                return labels[i] + ' (' + s.result.toLowerCase() + '): ' + s.measured.mean.toFixed(2)
                    + ' [' + s.measured.low.toFixed(2) + '–' + s.measured.high.toFixed(2) + ']';
            }
        },
        grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: labels, axisLabel: { color: '#1b1f24', rotate: labels.length > 4 ? 30 : 0 } },
        yAxis: { type: 'value', min: 0, max: 1, axisLabel: { color: '#1b1f24' } },
        series: [
            { type: 'line', data: low, stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none' },
            { type: 'line', data: width, stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none',
              areaStyle: { color: '#0b4f8a', opacity: 0.18 } },
            { type: 'line', data: mean, symbolSize: 8, itemStyle: { color: '#0b4f8a' }, lineStyle: { width: 2 } }
        ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
}());
