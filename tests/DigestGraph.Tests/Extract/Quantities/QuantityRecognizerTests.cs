using System.Text.RegularExpressions;
using DigestGraph.Extract.Quantities;

namespace DigestGraph.Tests.Extract.Quantities;

public class QuantityRecognizerTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    [Theory]
    // From the seed digests.
    [InlineData("比其基础模型高出 8.9%，还超越了", "8.9%", 8.9, "%")]
    [InlineData("仅使用 100k 训练样本", "100k", 1e5, "count")]
    [InlineData("我们构建了 LLaVA-o1-100k 数据集", "100k", 1e5, "count")]
    [InlineData("包含一个 2.7B 参数的语言模型", "2.7B", 2.7e9, "count")]
    [InlineData("和一个 400M 参数的视觉编码器", "400M", 4e8, "count")]
    [InlineData("实现了 24.4 token/s 的生成速度", "24.4 token/s", 24.4, "tokens/s")]
    [InlineData("采用 4 位大语言模型权重量化", "4 位", 4, "bit")]
    [InlineData("利用 8 比特矩阵乘法", "8 比特", 8, "bit")]
    [InlineData("以 66.1 的平均分数在参数小于等于 4B 的模型中位居榜首", "66.1", 66.1, "")]
    [InlineData("以 66.1 的平均分数在参数小于等于 4B 的模型中位居榜首", "4B", 4e9, "count")]
    [InlineData("共同涵盖了超过100万亿个Token", "100万亿", 1e14, "count")]
    [InlineData("使用了解码器仅语言模型，参数高达1.6B。", "1.6B", 1.6e9, "count")]
    [InlineData("更精确且速度提升 2 倍的核心算法", "2 倍", 2, "x")]
    [InlineData("在 MathVista 上达到了 67.0 的准确率", "67.0", 67.0, "")]
    [InlineData("比 InternVL2-8B 高出 8.7 个百分点", "8.7 个百分点", 8.7, "pp")]
    [InlineData("比 InternVL2-8B 高出 8.7 个百分点", "8B", 8e9, "count")]
    [InlineData("性能与 10 倍大的 InternVL2-76B 相当", "10 倍", 10, "x")]
    [InlineData("性能与 10 倍大的 InternVL2-76B 相当", "76B", 7.6e10, "count")]
    [InlineData("AIMV2-3B编码器在主干冻结的情况下", "3B", 3e9, "count")]
    [InlineData("于ImageNet-1k上达到了89.5%的准确率", "89.5%", 89.5, "%")]
    [InlineData("仅使用 40K 个可验证问题就超越了", "40K", 4e4, "count")]
    [InlineData("同时保持生成 1024 x 1024 图像的可比性能", "1024 x 1024", 1024, "px")]
    [InlineData("为 1.58 位操作优化的自定义内核", "1.58 位", 1.58, "bit")]
    [InlineData("实现了模型存储降低 7.7 倍", "7.7 倍", 7.7, "x")]
    [InlineData("构建了一个包含 1200 万“图像输入-解释性指令-输出”", "1200 万", 1.2e7, "count")]
    [InlineData("在批处理中减少了高达 50% 的计算", "50%", 50, "%")]
    [InlineData("分别获得了 1578 和 1261 的 Elo 评分", "1578", 1578, "elo")]
    [InlineData("分别获得了 1578 和 1261 的 Elo 评分", "1261 的 Elo", 1261, "elo")]
    [InlineData("收敛速度提升了 21 倍以上", "21 倍", 21, "x")]
    [InlineData("实现了31%的FID降低", "31%", 31, "%")]
    [InlineData("能在 256 个 GPU 上实现 200 万 Token 上下文长度的训练", "200 万", 2e6, "count")]
    [InlineData("能在 256 个 GPU 上实现 200 万 Token 上下文长度的训练", "256", 256, "")]
    [InlineData("比环形序列并行快 2.1 至 5.7 倍", "2.1", 2.1, "x")]
    [InlineData("比环形序列并行快 2.1 至 5.7 倍", "5.7 倍", 5.7, "x")]
    [InlineData("下文长度达 27.4 万 Token）中实现了 99.5% 的准确率", "27.4 万", 2.74e5, "count")]
    [InlineData("下文长度达 27.4 万 Token）中实现了 99.5% 的准确率", "99.5%", 99.5, "%")]
    [InlineData("模型大小从470M到2.8B参数的LLM", "470M", 4.7e8, "count")]
    [InlineData("模型大小从470M到2.8B参数的LLM", "2.8B", 2.8e9, "count")]
    [InlineData("预训练了多个高达 70 亿参数的 Transfusion 模型", "70 亿", 7e9, "count")]
    [InlineData("扩展到 70 亿参数和 2 万亿多模态 Token", "2 万亿", 2e12, "count")]
    [InlineData("将 Llama 3.1 8B 模型压缩至 4B 参数", "8B", 8e9, "count")]
    [InlineData("Sapiens 原生支持 1K 高分辨率推理", "1K", 1024, "px")]
    [InlineData("并通过在超过 3 亿张野外人类图像上预训练", "3 亿", 3e8, "count")]
    [InlineData("随着参数从 0.3 亿扩展到 20 亿", "0.3 亿", 3e7, "count")]
    [InlineData("在 Humans-5K（姿态）上提升了 7.6 mAP", "7.6", 7.6, "")]
    [InlineData("在 Humans-5K（姿态）上提升了 7.6 mAP", "5K", 5e3, "count")]
    [InlineData("实现了高达 10.3\\% 的提升", "10.3\\%", 10.3, "%")]
    [InlineData("绝对提升为3.8\\%，同时在推理扩展阶段速度提高了5倍", "5倍", 5, "x")]
    [InlineData("超出 21.61 个百分点，甚至超过了更大的 70B 模型", "21.61 个百分点", 21.61, "pp")]
    [InlineData("超出 21.61 个百分点，甚至超过了更大的 70B 模型", "70B", 7e10, "count")]
    [InlineData("生成了一个包含超过 2400 万独特图像-文本对的综合数据集", "2400 万", 2.4e7, "count")]
    [InlineData("在 140 万小时的多样化语音数据上训练", "140 万小时", 1.4e6 * 3600, "s")]
    [InlineData("我们的模型实现了 6%-11% 的显著性能提升", "6%", 6, "%")]
    [InlineData("我们的模型实现了 6%-11% 的显著性能提升", "11%", 11, "%")]
    [InlineData("创建了一个包含 32 个专家和 4560 亿总参数的模型", "4560 亿", 4.56e11, "count")]
    [InlineData("同时提供了 20-32 倍更长的上下文长度", "20", 20, "x")]
    [InlineData("可以在单次前向传播步骤中实时生成 2 秒、1280x720、24fps 的视频", "2 秒", 2, "s")]
    [InlineData("可以在单次前向传播步骤中实时生成 2 秒、1280x720、24fps 的视频", "1280x720", 1280, "px")]
    [InlineData("可以在单次前向传播步骤中实时生成 2 秒、1280x720、24fps 的视频", "24fps", 24, "fps")]
    [InlineData("且 FLOPs 减少了 2-5 倍", "2", 2, "x")]
    [InlineData("微调了一个开源的 Design2Code-18B 模型", "18B", 1.8e10, "count")]
    [InlineData("通过将模型扩展至 10 亿参数和 20 万小时的训练数据", "20 万小时", 2e5 * 3600, "s")]
    [InlineData("Yi 模型系列基于 6B 和 34B 的预训练语言模型", "34B", 3.4e10, "count")]
    [InlineData("构建了 3.1 万亿 Token 的英中语料库", "3.1 万亿", 3.1e12, "count")]
    [InlineData("经过多次迭代精细打磨少于 1 万的指令数据集", "1 万", 1e4, "count")]
    [InlineData("Weak-to-Strong Training of Diffusion Transformer for 4K Text-to-Image Generation", "4K", 4096, "px")]
    [InlineData("一种能够直接生成 4K 分辨率图像的扩散 Transformer", "4K", 4096, "px")]
    [InlineData("，并进一步扩展到聊天模型、200K 长上下文模型", "200K", 2e5, "count")]
    [InlineData("在显著减小模型大小（0.6B 参数）的同时", "0.6B", 6e8, "count")]
    [InlineData("该语料库收集了超过 2.5 年的教学视频，总计 22,000 课时", "22,000", 22000, "")]
    [InlineData("超越了更大甚至闭源模型（如 Gemini-1.5-pro、GPT-4o-mini 和 Llama-3.2-90B-Vision-Instruct）", "90B", 9e10, "count")]
    [InlineData("使用 Qwen2.5-72B-Instruct（最强大的 LLMs 之一）实现", "72B", 7.2e10, "count")]
    // Beyond the seeds, Chinese.
    [InlineData("错误率降低了百分之五", "百分之五", 5, "%")]
    [InlineData("准确率提升百分之三十五点五", "百分之三十五点五", 35.5, "%")]
    [InlineData("覆盖率达到百分之 12", "百分之 12", 12, "%")]
    [InlineData("推理速度提升三倍", "三倍", 3, "x")]
    [InlineData("显存占用减少两倍", "两倍", 2, "x")]
    [InlineData("拥有七十亿参数的模型", "七十亿", 7e9, "count")]
    [InlineData("比基线高两个百分点", "两个百分点", 2, "pp")]
    [InlineData("模型共有 4560亿参数", "4560亿", 4.56e11, "count")]
    [InlineData("在 2万亿 token 上预训练", "2万亿", 2e12, "count")]
    [InlineData("首 token 延迟仅 0.5 秒", "0.5 秒", 0.5, "s")]
    [InlineData("端到端延迟为 35 毫秒", "35 毫秒", 0.035, "s")]
    [InlineData("在手机上每秒 20 个 token 的速度", "每秒 20 个 token", 20, "tokens/s")]
    [InlineData("每秒生成 35 个 Token", "每秒生成 35 个 Token", 35, "tokens/s")]
    [InlineData("渲染速度达到每秒 60 帧", "每秒 60 帧", 60, "fps")]
    [InlineData("生成 8K 视频", "8K", 8192, "px")]
    [InlineData("其 Elo 评分为 1350，位列第一", "1350", 1350, "elo")]
    // Beyond the seeds, English.
    [InlineData("accuracy rises to 67.0 percent on the test set", "67.0 percent", 67.0, "%")]
    [InlineData("a gain of 3.4 pp over the baseline", "3.4 pp", 3.4, "pp")]
    [InlineData("improves by 4.2 percentage points", "4.2 percentage points", 4.2, "pp")]
    [InlineData("runs 2.5× faster than FlashAttention", "2.5×", 2.5, "x")]
    [InlineData("a 10x speedup in decoding", "10x", 10, "x")]
    [InlineData("is 3.2 times faster", "3.2 times", 3.2, "x")]
    [InlineData("We release a 7B model", "7B", 7e9, "count")]
    [InlineData("1.58-bit LLMs match full precision", "1.58-bit", 1.58, "bit")]
    [InlineData("trained with 16-bit weights", "16-bit", 16, "bit")]
    [InlineData("pretrained on 1.5 trillion tokens", "1.5 trillion", 1.5e12, "count")]
    [InlineData("a mixture of experts with 456 billion parameters", "456 billion", 4.56e11, "count")]
    [InlineData("trained on 3 to 7 billion tokens", "3", 3e9, "count")]
    [InlineData("generates images at 2048 x 2048 resolution", "2048 x 2048", 2048, "px")]
    [InlineData("with a latency of 200ms per frame", "200ms", 0.2, "s")]
    [InlineData("a clip takes 2 seconds to render", "2 seconds", 2, "s")]
    [InlineData("tracking at 30 FPS on a laptop", "30 FPS", 30, "fps")]
    [InlineData("decodes 100 tokens/s on one GPU", "100 tokens/s", 100, "tokens/s")]
    [InlineData("serves 1.2M tokens/s across the cluster", "1.2M tokens/s", 1.2e6, "tokens/s")]
    [InlineData("sustains 85 tokens per second", "85 tokens per second", 85, "tokens/s")]
    [InlineData("training takes 5 min per epoch", "5 min", 300, "s")]
    [InlineData("a dataset of 1,000 videos", "1,000", 1000, "")]
    [InlineData("over 1,234,567.5 hours of audio", "1,234,567.5 hours", 1234567.5 * 3600, "s")]
    [InlineData("reaching an Elo rating of 1250 on Codeforces", "1250", 1250, "elo")]
    [InlineData("scores 1300 Elo in the arena", "1300 Elo", 1300, "elo")]
    [InlineData("with a context of 128K tokens", "128K", 1.28e5, "count")]
    [InlineData("weights lie in {-1, 0, +1}", "-1", -1, "")]
    [InlineData("最多需要约10^6个样本就能收敛", "10^6", 1e6, "")]
    [InlineData("with a learning rate of 1e-4", "1e-4", 1e-4, "")]
    [InlineData("a corpus of 3×10^5 documents", "3×10^5", 3e5, "")]
    [InlineData("about $3 \\times 10^{5}$ steps", "3 \\times 10^{5}", 3e5, "")]
    public void Reads_value_and_unit(string text, string expectedText, double expectedValue, string expectedUnit)
    {
        var found = Recognizer.Recognize(text);

        var quantity = Assert.Single(found, q => q.Text == expectedText);
        Assert.Equal(expectedUnit, quantity.Unit);
        Assert.Equal(expectedValue, quantity.Value, Math.Max(1e-9, Math.Abs(expectedValue) * 1e-12));
        Assert.Equal(expectedText, text.Substring(quantity.Start, quantity.Length));
    }

    [Theory]
    [InlineData("GPT-4o 在多个任务上表现出色")]
    [InlineData("超越了 GPT-4o-mini 和 Gemini-1.5-pro")]
    [InlineData("2024 年发布的模型")]
    [InlineData("2024年11月21日发布")]
    [InlineData("released on 2024-11-21")]
    [InlineData("published on November 21, 2024 by the authors")]
    [InlineData("it was introduced in 2023")]
    [InlineData("见 2411.10440")]
    [InlineData("arXiv:2411.10440v2")]
    [InlineData("[LLaVA-o1: 让视觉语言模型逐步推理](https://arxiv.org/abs/2411.10440)")]
    [InlineData("最近发布的 Claude 3.5 计算机使用模型")]
    [InlineData("accepted at NeurIPS 2024")]
    [InlineData("generated with FLUX.1-dev")]
    [InlineData("results on GSM8K and MATH")]
    [InlineData("在 RTX4090 上")]
    [InlineData("以 CC-BY-SA-4.0 许可发布")]
    [InlineData("Top-1 accuracy and pass@1")]
    [InlineData("released as v1.2.3")]
    [InlineData("a ViT-L/14 encoder")]
    [InlineData("(1) 小尺寸：")]
    [InlineData("如 OpenAI 的 o1 模型所示，InternVL2 也是")]
    [InlineData("3D reconstruction from video")]
    [InlineData("as in the 1990s")]
    [InlineData("速度提升了数十倍")]
    [InlineData("一种新型 VLM，旨在进行自主的多阶段推理")]
    [InlineData("会议时间为 10:30")]
    [InlineData("$\\text{Transformer}^2$: 自适应大语言模型")]
    [InlineData("Yi: Open Foundation Models by 01.AI")]
    [InlineData("如先前工作 [Qin et al., 2024] 所述")]
    [InlineData("解耦为两个阶段：1) 基于深度的场景构建和 2) 使用广泛预训练的模型")]
    public void Finds_no_quantity_in_names_versions_dates_and_ids(string text)
    {
        Assert.Empty(Recognizer.Recognize(text));
    }

    [Theory]
    [InlineData("从 Llama-3.1-8B 蒸馏", "8B")]
    [InlineData("将 Llama 3.1 8B 模型压缩", "8B")]
    [InlineData("InternVL2-8B-MPO 在 MathVista 上", "8B")]
    public void Reads_only_the_size_of_a_versioned_model_name(string text, string sizeText)
    {
        var quantity = Assert.Single(Recognizer.Recognize(text));
        Assert.Equal(sizeText, quantity.Text);
        Assert.Equal(QuantityUnits.Count, quantity.Unit);
    }

    [Fact]
    public void Keeps_the_height_of_a_resolution()
    {
        var quantity = Assert.Single(Recognizer.Recognize("生成 1024×768 图像"));
        Assert.Equal((1024.0, 768.0), (quantity.Value, quantity.Height!.Value));
    }

    [Fact]
    public void Does_not_read_people_as_bits()
    {
        Assert.DoesNotContain(Recognizer.Recognize("邀请 3 位专家和 4 位作者进行评审"), q => q.Unit == QuantityUnits.Bits);
    }

    [Fact]
    public void Reports_quantities_in_text_order_with_their_spans()
    {
        const string text = "参数从 0.3 亿扩展到 20 亿，速度提升三倍，准确率 89.5%，错误率降低百分之 12。";
        var found = Recognizer.Recognize(text);

        Assert.Equal(["0.3 亿", "20 亿", "三倍", "89.5%", "百分之 12"], found.Select(q => q.Text));
        Assert.All(found, q => Assert.Equal(q.Text, text.Substring(q.Start, q.Length)));
    }

    [Fact]
    public void Never_reads_digits_of_the_seed_links_or_model_versions()
    {
        foreach (var line in SeedLines())
        {
            foreach (var q in Recognizer.Recognize(line))
            {
                var before = line[..q.Start];
                Assert.False(Regex.IsMatch(before, @"https?://\S*$"), $"'{q.Text}' read inside a link: {line}");
                Assert.False(Regex.IsMatch(q.Text, @"^\d{4}\.\d{4,5}$"), $"arXiv id read as a number: {line}");
                Assert.False(q.Unit == QuantityUnits.None && Regex.IsMatch(before, @"[A-Za-z][\w.]*-$"), $"name part '{q.Text}' read as a number: {line}");
            }
        }
    }

    [Fact]
    public void Gives_the_same_answers_when_shared_across_threads()
    {
        var lines = SeedLines().ToArray();
        var sequential = lines.Select(l => Describe(Recognizer.Recognize(l))).ToArray();
        var parallel = new string[lines.Length];

        Parallel.For(0, lines.Length * 4, k => parallel[k % lines.Length] = Describe(Recognizer.Recognize(lines[k % lines.Length])));

        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, s => s.Length > 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("((((( 12 ]]]] \\% %% ×× 百分之")]
    [InlineData("9999999999999999999999999999999999999999 倍")]
    [InlineData("🙂 3\u0000倍 \u200B 5 %")]
    public void Survives_odd_input(string text)
    {
        var found = Recognizer.Recognize(text);
        Assert.All(found, q => Assert.True(q.Start >= 0 && q.Start + q.Length <= text.Length && double.IsFinite(q.Value)));
    }

    private static string Describe(IReadOnlyList<Quantity> found) =>
        string.Join("|", found.Select(q => $"{q.Start}:{q.Length}:{q.Value}:{q.Unit}"));

    private static IEnumerable<string> SeedLines() =>
        Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order().SelectMany(File.ReadLines).Where(l => l.Length > 0);
}
